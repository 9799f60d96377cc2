# source: resource_variable_ops.py BaseResourceVariable.__repr__ (eager); tf.Variable docs; default name "Variable"; a 0-d value is shown as repr(value.item()) (ops.py numpy_text: ".item() converts the numpy scalars to python items")
# mode: eager
import tensorflow as tf
v = tf.Variable(1.0)
print(repr(v))
w = tf.Variable([1, 2], name="w")
print(repr(w))
