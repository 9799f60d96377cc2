# source: tensorflow/python/eager/backprop.py, GradientTape docstring (nested tapes: dy_dx 6.0, d2y_dx2 2.0)
# mode: eager
import tensorflow as tf
x = tf.constant(3.0)
with tf.GradientTape() as g:
  g.watch(x)
  with tf.GradientTape() as gg:
    gg.watch(x)
    y = x * x
  dy_dx = gg.gradient(y, x)
d2y_dx2 = g.gradient(dy_dx, x)
print(dy_dx)
print(d2y_dx2)
