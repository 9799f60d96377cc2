# source: ops.py Graph.get_operation_by_name
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
c = tf.constant(1.0, name="c")
op = tf.get_default_graph().get_operation_by_name("c")
print(op.name, op.type, op == c.op)
