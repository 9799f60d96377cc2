# source: session_test.py SessionTest.testFeedAndFetch... (any feedable tensor can be fed, not only placeholders)
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
c = tf.constant(1.0, name="c")
d = c + 1.0
with tf.Session() as sess:
    print(sess.run(d), sess.run(d, feed_dict={c: 10.0}))
