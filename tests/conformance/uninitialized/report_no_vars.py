# source: variables_test.py IsInitializedTest.testNoVars (an empty report)
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
uninited = tf.report_uninitialized_variables()
with tf.Session() as sess:
    print(sess.run(uninited).size)
