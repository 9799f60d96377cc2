# source: tensorflow/python/eager/backprop.py, GradientTape docstring (x = tf.constant(3.0); y = x * x; dy_dx is 6.0)
# mode: eager
import tensorflow as tf
x = tf.constant(3.0)
with tf.GradientTape() as g:
  g.watch(x)
  y = x * x
dy_dx = g.gradient(y, x)
print(dy_dx)
