# source: variable_scope.py / variables.py: an explicit collections list replaces GLOBAL_VARIABLES; trainable still adds TRAINABLE_VARIABLES; tf-semantics.md §4.5
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
v = tf.get_variable("v", [1], collections=["mine"])
print(len(tf.global_variables()), [x.name for x in tf.get_collection("mine")], [x.name for x in tf.trainable_variables()])
