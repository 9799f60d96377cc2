# source: variable_scope_test.py VariableScopeTest.testVarScopeNameScope
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
with tf.name_scope("testVarScopeNameScope1"):
    with tf.variable_scope("tower") as tower:
        with tf.name_scope("scope2") as sc2:
            print(sc2)
    with tf.variable_scope(tower):
        with tf.name_scope("scope2") as sc2:
            print(sc2)
    with tf.variable_scope("tower"):
        with tf.name_scope("scope2") as sc2:
            print(sc2)
with tf.name_scope("testVarScopeNameScope2"):
    with tf.variable_scope("tower"):
        with tf.name_scope("scope2") as sc2:
            print(sc2)
    with tf.variable_scope(tower):
        with tf.name_scope("scope2") as sc2:
            print(sc2)
root_var_scope = tf.get_variable_scope()
with tf.name_scope("testVarScopeNameScope3"):
    with tf.variable_scope(root_var_scope):
        with tf.name_scope("scope2") as sc2:
            print(sc2)
