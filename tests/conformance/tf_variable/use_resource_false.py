# source: variable_scope.py default_variable_creator (use_resource False → RefVariable); tf-semantics.md §5.1
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
with tf.variable_scope("s", use_resource=False):
    v = tf.get_variable("v", [1])
print(type(v).__name__, v.op.type)
