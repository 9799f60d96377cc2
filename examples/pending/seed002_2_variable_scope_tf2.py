# source: seed 002, example 2 (see README.md for what TF does)
import tensorflow as tf

with tf.variable_scope('my_scope'):
    var1 = tf.compat.v1.get_variable('my_variable', [2, 2], initializer=tf.zeros_initializer())
    with tf.variable_scope('sub_scope'):
        var2 = tf.compat.v1.get_variable('my_variable', [2, 2], initializer=tf.ones_initializer())

with tf.compat.v1.Session() as sess:
    sess.run(tf.compat.v1.global_variables_initializer())
    print(sess.run(var1))
    print(sess.run(var2))
