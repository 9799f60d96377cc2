# source: variable_scope.py VariableScope.reuse_variables; variable_scope_test.py testVarScopeReuse (reuse switched on inside the block)
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
with tf.variable_scope("s") as scope:
    v = tf.get_variable("v", [1])
    scope.reuse_variables()
    v2 = tf.get_variable("v", [1])
print(v == v2, scope.reuse)
