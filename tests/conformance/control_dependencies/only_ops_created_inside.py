# source: ops.py Graph.control_dependencies: ops created before the block are untouched; tf-semantics.md §14.13
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
a = tf.constant(1.0, name="a")
x = tf.constant(2.0, name="x")
with tf.control_dependencies([a]):
    y = x
    z = tf.identity(x, name="z")
print(x.op.control_inputs, [op.name for op in z.op.control_inputs])
