# source: variable_scope.py _get_single_variable (an initializer class is instantiated first: initializer=tf.zeros_initializer)
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
v = tf.get_variable("v", [2], initializer=tf.zeros_initializer())
w = tf.get_variable("w", [2], dtype=tf.int32, initializer=tf.zeros_initializer(dtype=tf.int32))
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run(v), sess.run(w))
