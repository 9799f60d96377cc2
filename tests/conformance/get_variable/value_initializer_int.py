# source: variable_scope_test.py VariableScopeTest.testInitFromNonTensorValue
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
v = tf.get_variable("v4", initializer=4, dtype=tf.int32)
with tf.Session() as sess:
    sess.run(tf.variables_initializer([v]))
    print(sess.run(v), v.dtype)
