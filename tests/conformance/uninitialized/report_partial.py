# source: variables_test.py IsInitializedTest.testVariableList (after w.initializer only v is reported)
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
v = tf.Variable([1, 2], name="v")
w = tf.Variable([3, 4], name="w")
uninited = tf.report_uninitialized_variables()
with tf.Session() as sess:
    sess.run(w.initializer)
    print(sess.run(uninited))
    sess.run(v.initializer)
    print(sess.run(uninited).size)
