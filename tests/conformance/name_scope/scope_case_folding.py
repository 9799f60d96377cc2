# source: ops.py Graph.unique_name (names_in_use keyed by name.lower()); tf-semantics.md §1.1 / §14.7
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
with tf.name_scope("Layer") as a:
    pass
with tf.name_scope("layer") as b:
    pass
print(a, b)
