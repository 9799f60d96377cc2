# source: tensorflow/python/eager/backprop.py, GradientTape docstring (trainable variables are watched automatically; watch_accessed_variables=False watches nothing) and gradient (unconnected sources get None, UnconnectedGradients.NONE)
# mode: eager
import tensorflow as tf
v = tf.Variable(2.0)
w = tf.Variable([[1.0, 2.0]])
with tf.GradientTape() as tape:
  loss = v * v * 3.0
print(tape.gradient(loss, v))
with tf.GradientTape() as tape:
  z = tf.reduce_sum(tf.matmul(w, tf.constant([[3.0], [4.0]])))
print(tape.gradient(z, [w, v]))
u = tf.Variable(5.0, trainable=False)
with tf.GradientTape() as tape:
  y = u * u
print(tape.gradient(y, u))
with tf.GradientTape(watch_accessed_variables=False) as tape:
  y = v * v
print(tape.gradient(y, v))
