# source: variable_scope.py _get_single_variable (shape incompatible on reuse)
# mode: graph
# expect-error: ValueError: Trying to share variable v, but specified shape (3, 2) and found shape (2, 3).
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
tf.get_variable("v", [2, 3])
with tf.variable_scope("", reuse=True):
    tf.get_variable("v", [3, 2])
