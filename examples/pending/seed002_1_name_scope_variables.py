# source: seed 002, example 1 (see README.md for what TF does)
import tensorflow as tf

with tf.name_scope('my_scope'):
    var1 = tf.Variable(tf.zeros([2, 2]), name='my_variable')
    var2 = tf.Variable(tf.ones([2, 2]), name='my_variable')

with tf.compat.v1.Session() as sess:
    sess.run(tf.compat.v1.global_variables_initializer())
    print(sess.run(var1))
    print(sess.run(var2))
