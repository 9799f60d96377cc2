# source: variable_scope_test.py VariableScopeTest.testVarScopeDType
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
with tf.variable_scope("tower1") as tower:
    with tf.variable_scope("foo", dtype=tf.float16):
        v = tf.get_variable("v", [])
        print(v.dtype.base_dtype)
    with tf.variable_scope(tower, dtype=tf.float16):
        w = tf.get_variable("w", [])
        print(w.dtype.base_dtype)
