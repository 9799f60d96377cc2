# source: variable_scope_test.py VariableScopeTest.testBasicWhenAuxiliaryNameScopeIsFalse
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
with tf.variable_scope("scope", auxiliary_name_scope=False) as scope:
    print(scope.original_name_scope)
    print(tf.get_variable("w", []).name)
    print(tf.add(1.0, 2.0, name="add").op.name)
with tf.variable_scope(scope, auxiliary_name_scope=False) as scope1:
    print(scope1.original_name_scope)
    print(tf.get_variable("w1", []).name)
    print(tf.add(1.0, 2.0, name="add").op.name)
