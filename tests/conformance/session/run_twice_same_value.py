# source: session.py Session.run: a deterministic graph gives the same value on every run
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
a = tf.constant([[1.0, 2.0], [3.0, 4.0]])
b = tf.matmul(a, a)
with tf.Session() as sess:
    print(sess.run(b))
