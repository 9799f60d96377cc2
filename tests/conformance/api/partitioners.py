# source: partitioned_variables.py fixed_size_partitioner (min(num_shards, shape[axis]) on axis) and min_max_variable_partitioner (max(1, min(shape[axis], max_partitions, ceil(total_bytes / min_slice_size)))); golden v1/tensorflow.pbtxt (01207a94) lists both
# mode: graph
import tensorflow.compat.v1 as tf
print(tf.fixed_size_partitioner(3)(shape=[6, 2], dtype=tf.float32))
print(tf.fixed_size_partitioner(10, axis=1)(shape=[6, 2], dtype=tf.float32))
print(tf.min_max_variable_partitioner(max_partitions=4, min_slice_size=8)(shape=[6, 2], dtype=tf.float32))
