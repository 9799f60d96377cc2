# source: ops.py executing_eagerly_outside_functions (the outermost context's mode; a plain graph is not a function); golden: exported as tf.compat.v1.executing_eagerly_outside_functions (api_docs tf/compat/v1/executing_eagerly_outside_functions)
# mode: graph
import tensorflow.compat.v1 as tf
with tf.Graph().as_default():
    print(tf.executing_eagerly(), tf.executing_eagerly_outside_functions())
