# source: ops.py Graph.get_name_scope (the stack without the trailing slash)
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
g = tf.get_default_graph()
with tf.name_scope("a"):
    with tf.name_scope("b"):
        print(g.get_name_scope())
    print(g.get_name_scope())
print(repr(g.get_name_scope()))
