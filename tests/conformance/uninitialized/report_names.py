# source: variables_test.py IsInitializedTest.testAssertVariablesInitialized (names without ':0', then empty after init)
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
v = tf.Variable([1, 2], name="v")
w = tf.Variable([3, 4], name="w")
uninited = tf.report_uninitialized_variables()
with tf.Session() as sess:
    print(sess.run(uninited))
    sess.run(tf.global_variables_initializer())
    print(sess.run(uninited).size)
