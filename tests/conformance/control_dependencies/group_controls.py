# source: control_flow_ops.py group (a NoOp named by the scope with the inputs as control inputs)
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
a = tf.constant(1.0, name="a")
b = tf.constant(1.0, name="b")
g = tf.group(a, b, name="both")
print(g.name, g.type, sorted([op.name for op in g.control_inputs]))
