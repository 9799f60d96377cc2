# source: variable_scope.py get_local_variable (trainable False, LOCAL_VARIABLES only); tf-semantics.md §4.5
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
v = tf.get_local_variable("v", [1])
print([x.name for x in tf.local_variables()], tf.global_variables(), tf.trainable_variables())
