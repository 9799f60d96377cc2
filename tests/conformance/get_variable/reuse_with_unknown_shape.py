# source: variable_scope.py _get_single_variable (shape None is compatible with any stored shape)
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
v = tf.get_variable("v", [2])
with tf.variable_scope(tf.get_variable_scope(), reuse=True):
    w = tf.get_variable("v")
print(v == w)
