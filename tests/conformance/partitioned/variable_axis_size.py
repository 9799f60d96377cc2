# source: partitioned_variables.py variable_axis_size_partitioner (whole slices per shard within max_shard_bytes)
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
p = tf.variable_axis_size_partitioner(max_shard_bytes=64)
v = tf.get_variable("v", [10, 4], partitioner=p)
print(len(v), [x.shape.as_list() for x in v])
