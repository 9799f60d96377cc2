# source: variable_scope_test.py VariableScopeTest.testGetCollection (VariableScope.get_collection filters by name + '/')
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
with tf.variable_scope("testGetCollection_foo_"):
    tf.get_variable("a", [])
with tf.variable_scope("testGetCollection_foo"):
    tf.get_variable("a", [])
print([v.name for v in tf.global_variables("testGetCollection_foo/")])
print([v.name for v in tf.global_variables("testGetCollection_foo")])
