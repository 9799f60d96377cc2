# source: variable_scope.py get_local_variable (trainable=False, collections += [GraphKeys.LOCAL_VARIABLES]); variables.py local_variables / global_variables read those collections
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
w = tf.get_variable("w", [1])
with tf.variable_scope("s"):
    l = tf.get_local_variable("l", [1], initializer=tf.zeros_initializer())
print([v.name for v in tf.local_variables()], [v.name for v in tf.global_variables()], [v.name for v in tf.trainable_variables()])
