# source: variable_scope.py _get_default_initializer (integers → zeros_initializer); variable_scope_test.py testInitFromNonInitializer
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
v = tf.get_variable("v", [3], dtype=tf.int32)
with tf.Session() as sess:
    sess.run(v.initializer)
    print(sess.run(v))
