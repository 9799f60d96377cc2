# source: ops.py GraphKeys (string values of the standard keys)
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
print(tf.GraphKeys.GLOBAL_VARIABLES, tf.GraphKeys.TRAINABLE_VARIABLES, tf.GraphKeys.LOCAL_VARIABLES, tf.GraphKeys.REGULARIZATION_LOSSES)
