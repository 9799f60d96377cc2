# source: ops.py Graph.get_collection (re.match: anchored at the start only)
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
with tf.name_scope("x"):
    a = tf.constant(1.0, name="a")
b = tf.constant(1.0, name="b_x")
tf.add_to_collection("k", a)
tf.add_to_collection("k", b)
print([t.name for t in tf.get_collection("k", "x")], [t.name for t in tf.get_collection("k", "b")])
