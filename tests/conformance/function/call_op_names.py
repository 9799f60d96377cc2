# source: atomic_function.py partitioned_call_op (create_op(op_name, args, tout, name=op_name): PartitionedCall without stateful ops, uniquified in the name scope)
# mode: graph
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
@tf.function
def f(x):
    return x + 1.0
x = tf.constant(1.0, name="x")
a = f(x)
b = f(x)
with tf.name_scope("layer"):
    c = f(x)
print(a.name, b.name, c.name)
print(a.op.type, [t.name for t in a.op.inputs])
