# source: ops.py Graph.unique_name registers only the full name ('a/b'), so scope 'a' is still free; its op 'b' collides with 'a/b'; tf-semantics.md §1.1
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
x = tf.constant(1.0, name="a/b")
with tf.name_scope("a") as s:
    y = tf.constant(1.0, name="b")
print(x.op.name, s, y.op.name)
