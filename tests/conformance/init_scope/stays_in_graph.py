# source: ops.py init_scope (in a plain graph the default graph stays the same); tf-semantics.md §14.11
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
g = tf.Graph()
with g.as_default():
    with tf.init_scope():
        print(tf.get_default_graph() is g, tf.executing_eagerly())
