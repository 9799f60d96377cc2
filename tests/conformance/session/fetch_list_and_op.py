# source: session_test.py SessionTest.testFetchList / testFetchOperationObject (an op fetches as None)
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
a = tf.constant(1.0)
b = tf.constant(2.0)
op = tf.no_op()
with tf.Session() as sess:
    r = sess.run([a, b, op])
print(type(r).__name__, len(r), r[0], r[1], r[2])
