# source: init_ops.py constant_initializer / ones_initializer (constant_op.constant / array_ops.ones of the variable's shape); golden v1/tensorflow.pbtxt (01207a94) lists constant_initializer, ones_initializer and the initializers module
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
a = tf.get_variable("a", [2], initializer=tf.constant_initializer(3.0))
b = tf.get_variable("b", [2], initializer=tf.initializers.ones())
with tf.Session() as sess:
    sess.run(tf.variables_initializer([a, b]))
    print(sess.run(a), sess.run(b))
