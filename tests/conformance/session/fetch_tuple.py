# source: session_test.py SessionTest.testFetchTuple (the structure is kept)
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
a = tf.constant(1)
b = tf.constant(2)
with tf.Session() as sess:
    r = sess.run((a, b))
print(type(r).__name__, r[0], r[1])
