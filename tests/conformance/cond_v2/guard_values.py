# source: variables_test.py VariablesTestCase.testInitializerFunction (v2's initial value reads v1: 11.0); variables.py _try_guard_against_uninitialized_dependencies (v2's initializer assigns the guarded copy, its initial_value stays v1 + 1); cond_v2.py (the StatelessIf runs the true branch, v1's value, once v1 is initialized)
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
v1 = tf.Variable(10.0, name="v1", use_resource=False)
v2 = tf.Variable(v1 + 1, name="v2", use_resource=False)
with tf.Session() as sess:
    sess.run(v1.initializer)
    sess.run(v2.initializer)
    print(sess.run(v2))
    print(sess.run(v2.initial_value))
    print(sess.run(tf.report_uninitialized_variables()))
