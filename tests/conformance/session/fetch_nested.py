# source: session_test.py SessionTest.testFetchNestingEmptyOneLevel / nested structures
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
a = tf.constant(1)
b = tf.constant(2)
c = tf.constant(3)
with tf.Session() as sess:
    r = sess.run([a, (b, [c])])
print(type(r).__name__, type(r[1]).__name__, type(r[1][1]).__name__, r[0], r[1][0], r[1][1][0])
