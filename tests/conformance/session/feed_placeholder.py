# source: session_test.py SessionTest.testFeedAndFetch (feed_dict values for placeholders)
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
x = tf.placeholder(tf.float32, shape=[2], name="x")
y = x * 2.0
with tf.Session() as sess:
    print(sess.run(y, feed_dict={x: [1.0, 2.0]}))
