# source: tensorflow/python/eager/backprop.py, GradientTape docstring (persistent=True: z = y * y, dz_dx 108.0 = 4 * x^3 at 3.0, dy_dx 6.0)
# mode: eager
import tensorflow as tf
x = tf.constant(3.0)
with tf.GradientTape(persistent=True) as g:
  g.watch(x)
  y = x * x
  z = y * y
dz_dx = g.gradient(z, x)
dy_dx = g.gradient(y, x)
print(dz_dx)
print(dy_dx)
