# source: variable_scope.py _get_partitioned_variable (an unpartitioned variable of that name exists)
# mode: graph
# expect-error: ValueError: A partitioner was provided, but an unpartitioned version of the variable was found: v.  Perhaps a variable of the same name was already created without partitioning?
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
tf.get_variable("v", [4])
with tf.variable_scope(tf.get_variable_scope(), reuse=True):
    tf.get_variable("v", [4], partitioner=tf.fixed_size_partitioner(2))
