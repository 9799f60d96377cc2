# source: tensorflow/python/framework/ops.py, init_scope docstring (seed 000): inside a tf.function traced from eager, executing_eagerly() is False; inside init_scope it is True
# mode: eager
import tensorflow as tf

@tf.function
def func():
  print(tf.executing_eagerly())
  with tf.init_scope():
    print(tf.executing_eagerly())
  return tf.constant(1.0)

print(func())
print(tf.executing_eagerly())
