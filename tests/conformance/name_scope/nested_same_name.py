# source: ops.py Graph.name_scope: a nested scope is uniquified under its parent only; tf-semantics.md §2.1
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
with tf.name_scope("a"):
    with tf.name_scope("a") as inner:
        c = tf.constant(1.0, name="c")
print(inner, c.op.name)
