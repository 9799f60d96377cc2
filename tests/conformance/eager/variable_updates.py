# source: resource_variable_ops.py assign / assign_add / assign_sub and numpy (eager)
# mode: eager
import tensorflow as tf
v = tf.Variable(1.0)
v.assign_add(2.0)
print(v.numpy())
v.assign(10.0)
v.assign_sub(4.0)
print(v.numpy())
print(v + 1.0)
