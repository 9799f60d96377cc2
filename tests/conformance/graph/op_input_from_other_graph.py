# source: ops.py _get_graph_from_inputs ('must be from the same graph')
# mode: graph
# expect-error: ValueError: Tensor("b:0", shape=(), dtype=float32) must be from the same graph as Tensor("a:0", shape=(), dtype=float32)
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
g1 = tf.Graph()
g2 = tf.Graph()
with g1.as_default():
    a = tf.constant(1.0, name="a")
with g2.as_default():
    b = tf.constant(2.0, name="b")
    tf.add(a, b)
