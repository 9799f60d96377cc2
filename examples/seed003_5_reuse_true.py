# source: seed 003 (variable_scope docstring), example 5: reuse=True gets the existing variable
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

with tf.compat.v1.variable_scope("foo"):
    v = tf.compat.v1.get_variable("v", [1])
with tf.compat.v1.variable_scope("foo", reuse=True):
    v1 = tf.compat.v1.get_variable("v", [1])
assert v1 == v
print(v1.name)
