# source: partitioned_variables_test.py PartitionerCreatorsTest.testFixedSizePartitioner
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
partitioner = tf.fixed_size_partitioner(5, axis=0)
with tf.variable_scope("root", partitioner=partitioner):
    v0 = tf.get_variable("v0", dtype=tf.float32, shape=(10, 10))
print(len(v0), v0.name, v0.shape)
print([(p.name, p.shape.as_list()) for p in v0])
