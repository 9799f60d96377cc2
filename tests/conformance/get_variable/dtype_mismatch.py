# source: variable_scope.py _get_single_variable (dtype incompatible on reuse)
# mode: graph
# expect-error: ValueError: Trying to share variable v, but specified dtype int32 and found dtype float32.
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
tf.get_variable("v", [1], dtype=tf.float32)
with tf.variable_scope(tf.get_variable_scope(), reuse=True):
    tf.get_variable("v", [1], dtype=tf.int32)
