# The cold-start probe: the smallest script that imports tensorflow, builds a graph op and prints.
import tensorflow as tf
with tf.Graph().as_default():
    with tf.name_scope("s"):
        c = tf.constant(1.0, name="c")
    print(c.name)
