# source: ops.py _DefaultGraphStack.get_controller (enters context.graph_mode); tf.executing_eagerly docstring
# mode: eager
import tensorflow as tf
with tf.Graph().as_default():
    print(tf.executing_eagerly())
print(tf.executing_eagerly())
