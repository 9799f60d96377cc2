# source: atomic_function.py from_func_graph (is_stateful when any op is stateful) and partitioned_call_op ("StatefulPartitionedCall" if is_stateful); random_ops.cc RandomUniform SetIsStateful
# mode: graph
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
@tf.function
def f():
    return tf.random.uniform([2])
print(f().op.type)
