# source: variable_scope.py _get_partitioned_variable (each shard is a variable in GLOBAL_VARIABLES; the wrapper is not); tf-semantics.md §4.5
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
tf.get_variable("v", [4], partitioner=tf.fixed_size_partitioner(2))
print([x.name for x in tf.global_variables()])
