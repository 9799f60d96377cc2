# source: variables.py local_variables_initializer (also named init); tf-semantics.md E13
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
tf.get_variable("g", [1])
tf.get_local_variable("l", [1])
print(tf.global_variables_initializer().name, tf.local_variables_initializer().name)
