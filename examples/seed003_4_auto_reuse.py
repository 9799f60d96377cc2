# source: seed 003 (variable_scope docstring), example 4: AUTO_REUSE creates, then gets
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

def foo():
  with tf.compat.v1.variable_scope("foo", reuse=tf.compat.v1.AUTO_REUSE):
    v = tf.compat.v1.get_variable("v", [1])
  return v

v1 = foo()  # Creates v.
v2 = foo()  # Gets the same, existing v.
assert v1 == v2
print(v1.name, len(tf.compat.v1.global_variables()))
