# source: tensorflow/python/eager/backprop.py, GradientTape.gradient (a non-persistent tape raises on its second gradient call)
# mode: eager
# expect-error: RuntimeError: A non-persistent GradientTape can only be used to compute one set of gradients (or jacobians)
import tensorflow as tf
x = tf.constant(3.0)
with tf.GradientTape() as g:
  g.watch(x)
  y = x * x
g.gradient(y, x)
g.gradient(y, x)
