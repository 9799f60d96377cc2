# source: resource_variable_ops.py BaseResourceVariable.__repr__ (eager); tf.Variable docs; default name "Variable"
# mode: eager
import tensorflow as tf
v = tf.Variable(1.0)
print(repr(v))
w = tf.Variable([1, 2], name="w")
print(repr(w))
