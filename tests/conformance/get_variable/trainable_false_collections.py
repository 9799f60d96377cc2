# source: variable_scope_test.py VariableScopeTest.testGetCollection (trainable=False keeps the variable out of TRAINABLE_VARIABLES)
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
tf.get_variable("a", [])
tf.get_variable("b", [], trainable=False)
print([v.name for v in tf.global_variables()])
print([v.name for v in tf.trainable_variables()])
