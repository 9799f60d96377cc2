# source: ops.py Graph.name_scope (name None resets the name stack); tf-semantics.md §14.17
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
with tf.name_scope("a"):
    with tf.name_scope(None):
        c = tf.constant(1.0, name="c")
print(c.op.name)
