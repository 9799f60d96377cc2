# source: init_ops.py Ones.__call__
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
v = tf.get_variable("v", [2, 2], initializer=tf.ones_initializer())
with tf.Session() as sess:
    sess.run(v.initializer)
    print(sess.run(v))
