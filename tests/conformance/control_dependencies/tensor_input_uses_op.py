# source: ops.py Graph.control_dependencies (a Tensor in the list stands for its op)
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
a = tf.constant(1.0, name="a")
with tf.control_dependencies([a]):
    c = tf.no_op(name="c")
print([op.name for op in c.control_inputs])
