# source: variable_scope_test.py VariableScopeTest.testVarScopeOuterScope
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
with tf.variable_scope("outer") as outer:
    pass
with tf.variable_scope(outer):
    print(tf.get_variable("w", []).name)
    with tf.name_scope("scope2") as sc2:
        print(sc2)
    with tf.variable_scope("default"):
        print(tf.get_variable("w", []).name)
        with tf.name_scope("scope2") as sc2:
            print(sc2)
with tf.variable_scope(outer, reuse=True):
    print(tf.get_variable("w", []).name)
    with tf.name_scope("scope2") as sc2:
        print(sc2)
    with tf.variable_scope("default", reuse=True):
        print(tf.get_variable("w", []).name)
        with tf.name_scope("scope2") as sc2:
            print(sc2)
