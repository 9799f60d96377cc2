# source: variable_scope.py _get_partitioned_variable (reuse False and the partitioned name exists)
# mode: graph
# expect-error: ValueError: Partitioned variable with name v already exists. Did you mean to set reuse=True or reuse=tf.AUTO_REUSE in VarScope?
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
tf.get_variable("v", [4], partitioner=tf.fixed_size_partitioner(2))
tf.get_variable("v", [4], partitioner=tf.fixed_size_partitioner(2))
