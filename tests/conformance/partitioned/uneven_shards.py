# source: variable_scope.py _get_partitioned_variable (dim // n, the first dim % n shards one larger); tf-semantics.md §4.8
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
v = tf.get_variable("v", [10], partitioner=tf.fixed_size_partitioner(3))
print([p.shape.as_list() for p in v])
