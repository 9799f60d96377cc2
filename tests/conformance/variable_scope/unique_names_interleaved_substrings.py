# source: variable_scope_test.py VariableScopeTest.testVarOpScopeUniqueNamesInterleavedSubstringScopes
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
for d in ["defaultScope1", "defaultScope1", "defaultScope", "defaultScope1"]:
    with tf.variable_scope(None, d):
        with tf.variable_scope(None, "layer"):
            print(tf.get_variable("w", []).name)
