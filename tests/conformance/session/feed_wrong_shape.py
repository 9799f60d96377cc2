# source: session.py BaseSession._run (a fed value must be compatible with the tensor's shape)
# mode: graph
# expect-error: ValueError: Cannot feed value of shape (3,) for Tensor
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
x = tf.placeholder(tf.float32, shape=[2], name="x")
with tf.Session() as sess:
    sess.run(x, feed_dict={x: [1.0, 2.0, 3.0]})
