# source: variable_scope.py _pure_variable_scope (reuse inherited: AUTO_REUSE propagates to children); tf-semantics.md §4.4
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
with tf.variable_scope("a", reuse=tf.AUTO_REUSE):
    with tf.variable_scope("b") as b:
        v1 = tf.get_variable("v", [1])
        v2 = tf.get_variable("v", [1])
print(v1 == v2, v1.name, b.reuse)
