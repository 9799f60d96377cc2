# source: ops.py executing_eagerly_outside_functions (tf_export v1 only); tf-semantics.md §7.1
# mode: eager
import tensorflow as tf
print(tf.compat.v1.executing_eagerly_outside_functions())
with tf.Graph().as_default():
    print(tf.compat.v1.executing_eagerly_outside_functions())
