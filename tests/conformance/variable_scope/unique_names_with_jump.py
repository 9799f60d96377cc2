# source: variable_scope_test.py VariableScopeTest.testVarOpScopeUniqueNamesWithJump
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
with tf.variable_scope("default") as default:
    with tf.variable_scope(None, "layer"):
        print(tf.get_variable("w", []).name)
    with tf.variable_scope(None, "layer"):
        print(tf.get_variable("w", []).name)
    with tf.variable_scope(default):
        pass
    with tf.variable_scope(None, "layer"):
        print(tf.get_variable("w", []).name)
