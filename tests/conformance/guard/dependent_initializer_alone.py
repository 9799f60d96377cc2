# source: variables.py _try_guard_against_uninitialized_dependencies docstring (the initialized value returns a variable's value if it is initialized or its initial_value if it hasn't been); variables_test.py testInitializerFunction (v2's initial value is computed with v1 uninitialized)
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
v1 = tf.Variable(10.0, name="v1")
v2 = tf.Variable(v1 + 1, name="v2")
with tf.Session() as sess:
    sess.run(v2.initializer)
    print(sess.run(v2))
    print(sess.run(tf.report_uninitialized_variables()))
    sess.run(v1.initializer)
    print(sess.run(tf.report_uninitialized_variables()))
