# source: variable_scope.py _true_getter (reuse=True returns a known PartitionedVariable without a partitioner)
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
v = tf.get_variable("v", [4], partitioner=tf.fixed_size_partitioner(2))
with tf.variable_scope(tf.get_variable_scope(), reuse=True):
    w = tf.get_variable("v", [4])
print(w.name, len(w), [p.name for p in w] == [p.name for p in v])
