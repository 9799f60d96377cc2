# source: partitioned_variables.py min_max_variable_partitioner (max(1, min(dim, max_partitions, ceil(bytes / min_slice_size)))); tf-semantics.md §4.8
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
p = tf.min_max_variable_partitioner(max_partitions=5, min_slice_size=64)
v = tf.get_variable("v", [10, 4], partitioner=p)
print(len(v), [x.shape.as_list() for x in v])
