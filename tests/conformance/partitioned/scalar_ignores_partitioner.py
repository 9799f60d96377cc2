# source: variable_scope.py _VariableStore.get_variable._true_getter (scalar shape [] skips the partitioner)
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
with tf.variable_scope("s", partitioner=tf.fixed_size_partitioner(2)):
    v = tf.get_variable("v", [])
print(v.name)
