# source: variable_scope.py _true_getter (NAME/part_0 exists, no partitioner given)
# mode: graph
# expect-error: ValueError: No partitioner was provided, but a partitioned version of the variable was found: v/part_0. Perhaps a variable of the same name was already created with partitioning?
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
tf.get_variable("v", [4], partitioner=tf.fixed_size_partitioner(2))
tf.get_variable("v", [4])
