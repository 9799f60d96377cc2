# source: seed 002, example 3; tensorflow/tools/api/golden/v2/tensorflow.pbtxt has no variable_scope (it is tf.compat.v1.variable_scope)
# mode: eager
# expect-error: AttributeError: module 'tensorflow' has no attribute 'variable_scope'
import tensorflow as tf

with tf.variable_scope('my_scope') as scope:
    var1 = tf.compat.v1.get_variable('my_variable', [2, 2], initializer=tf.zeros_initializer())
    scope.reuse_variables() # Explicit reuse
    var2 = tf.compat.v1.get_variable('my_variable', [2, 2])

with tf.compat.v1.Session() as sess:
    sess.run(tf.compat.v1.global_variables_initializer())
    print(sess.run(var1))
    print(sess.run(var2))  # var2 will be the same as var1
