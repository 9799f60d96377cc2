# source: seed 002, example 1; session.py BaseSession._run (graph.version == 0 → RuntimeError); in TF 2.x the tf.Variables are eager ResourceVariables, distinct objects both named my_scope/my_variable:0, and nothing enters the graph
# mode: eager
# expect-error: RuntimeError: The Session graph is empty. Add operations to the graph before calling run().
# The post says the two variables share memory; TF makes two distinct variables, and the v1 Session never runs.
import tensorflow as tf

with tf.name_scope('my_scope'):
    var1 = tf.Variable(tf.zeros([2, 2]), name='my_variable')
    var2 = tf.Variable(tf.ones([2, 2]), name='my_variable')

with tf.compat.v1.Session() as sess:
    sess.run(tf.compat.v1.global_variables_initializer())
    print(sess.run(var1))
    print(sess.run(var2))
