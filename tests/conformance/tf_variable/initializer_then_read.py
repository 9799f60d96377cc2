# source: variables_test.py VariablesTestCase.testInitialization (after initialization the value is readable)
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
v = tf.Variable([1.0, 2.0], name="v")
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run(v))
