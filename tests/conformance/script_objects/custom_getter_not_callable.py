# source: variable_scope_test.py VariableScopeTest.testNonCallableGetterFails; variable_scope.py _VariableStore.get_variable ("Passed a custom_getter which is not callable: %s")
# mode: graph
# expect-error: ValueError: Passed a custom_getter which is not callable: 3
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
with tf.variable_scope("scope0", custom_getter=3):
    tf.get_variable("name0")
