# source: init_ops.py Constant.__call__ (scalar broadcast to the shape)
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
v = tf.get_variable("v", [3], initializer=tf.constant_initializer(7))
with tf.Session() as sess:
    sess.run(v.initializer)
    print(sess.run(v))
