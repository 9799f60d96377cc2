# source: seed 004, example 3; variable_scope.py _get_single_variable. The post claims the loop re-reads
# the variables by their full names; it does not: at the root scope reuse is False, so the first
# get_variable("dynamic_scope/var_0") raises "already exists" (a ref variable after
# disable_v2_behavior, so the message goes on with "Originally defined at:" and the creating frames).
# Nothing is printed: the error comes before the first print.
# expect-error: ValueError: Variable dynamic_scope/var_0 already exists, disallowed. Did you mean to set reuse=True or reuse=tf.AUTO_REUSE in VarScope? Originally defined at:
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

with tf.compat.v1.variable_scope('dynamic_scope') as scope:
    for i in range(3):
        name = "var_{}".format(i)
        var = tf.compat.v1.get_variable(name, shape=[2,2], initializer=tf.compat.v1.random_uniform_initializer())
        #Further operations with var

init_op = tf.compat.v1.global_variables_initializer()

with tf.compat.v1.Session() as sess:
    sess.run(init_op)
    for i in range(3):
        name = "dynamic_scope/var_{}".format(i)
        var = tf.compat.v1.get_variable(name)
        print(sess.run(var))
