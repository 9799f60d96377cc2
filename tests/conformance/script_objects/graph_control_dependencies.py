# source: ops.py Graph.control_dependencies (docstring: ops created in the block get the control inputs; None clears them)
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
g = tf.Graph()
with g.as_default():
    a = tf.constant(1.0, name="a")
    b = tf.constant(2.0, name="b")
    with g.control_dependencies([a, b]):
        c = tf.constant(3.0, name="c")
        with g.control_dependencies(None):
            d = tf.constant(4.0, name="d")
print([op.name for op in c.op.control_inputs], d.op.control_inputs)
