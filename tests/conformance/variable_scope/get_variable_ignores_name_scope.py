# source: variable_scope.py VariableScope.get_variable (runs under name_scope(None)); tf-semantics.md §14.2
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
with tf.name_scope("ns"):
    v = tf.get_variable("v", [1])
print(v.name, v.op.name)
