# source: ops.py Graph.name_scope docstring ('name_scope("")' resets to the top level); tf-semantics.md §2.1
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
with tf.name_scope("a"):
    with tf.name_scope(""):
        c = tf.constant(1.0, name="c")
print(c.op.name)
