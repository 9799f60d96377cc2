# source: ops.py Graph.as_default / get_default_graph
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
g = tf.Graph()
with g.as_default():
    c = tf.constant(1.0)
    print(c.graph is g, tf.get_default_graph() is g)
print(tf.get_default_graph() is g)
