# source: seed 004, example 1 (see README.md for what TF does)
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

with tf.compat.v1.variable_scope('my_scope'):
    W = tf.compat.v1.get_variable("weight", shape=[10, 10], initializer=tf.compat.v1.zeros_initializer())
    b = tf.compat.v1.get_variable("bias", shape=[10], initializer=tf.compat.v1.random_normal_initializer())

init_op = tf.compat.v1.global_variables_initializer()

with tf.compat.v1.Session() as sess:
    sess.run(init_op)
    print(sess.run(W))
    print(sess.run(b))
