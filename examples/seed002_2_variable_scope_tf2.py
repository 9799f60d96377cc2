# source: seed 002, example 2; tensorflow/tools/api/golden/v2/tensorflow.pbtxt has no variable_scope (it is tf.compat.v1.variable_scope)
# mode: eager
# expect-error: AttributeError: module 'tensorflow' has no attribute 'variable_scope'
import tensorflow as tf

with tf.variable_scope('my_scope'):
    var1 = tf.compat.v1.get_variable('my_variable', [2, 2], initializer=tf.zeros_initializer())
    with tf.variable_scope('sub_scope'):
        var2 = tf.compat.v1.get_variable('my_variable', [2, 2], initializer=tf.ones_initializer())

with tf.compat.v1.Session() as sess:
    sess.run(tf.compat.v1.global_variables_initializer())
    print(sess.run(var1))
    print(sess.run(var2))
