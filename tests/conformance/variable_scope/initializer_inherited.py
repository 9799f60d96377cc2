# source: variable_scope_test.py VariableScopeTest.testVarScopeInitializer
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
init = tf.constant_initializer(0.3)
with tf.variable_scope("tower0") as tower:
    with tf.variable_scope("foo", initializer=init):
        v = tf.get_variable("v", [])
    with tf.variable_scope(tower, initializer=init):
        w = tf.get_variable("w", [])
with tf.Session() as sess:
    sess.run(tf.variables_initializer([v, w]))
    print(sess.run(v), sess.run(w))
