# source: variable_scope_test.py VariableScopeTest.testVarOpScope
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
with tf.name_scope("testVarOpScope1"):
    with tf.variable_scope("tower", "default", []):
        print(tf.get_variable("w", []).name)
        with tf.name_scope("testVarOpScope2") as sc2:
            print(sc2)
    with tf.variable_scope("tower", "default", []):
        with tf.name_scope("testVarOpScope2") as sc2:
            print(sc2)
with tf.name_scope("testVarOpScope2"):
    with tf.variable_scope(None, "default", []):
        print(tf.get_variable("w", []).name)
    with tf.variable_scope(None, "default", []):
        print(tf.get_variable("w", []).name)
