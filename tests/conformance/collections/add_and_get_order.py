# source: ops.py Graph.add_to_collection / get_collection (insertion order, a copy)
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
a = tf.constant(1.0, name="a")
b = tf.constant(2.0, name="b")
tf.add_to_collection("k", b)
tf.add_to_collection("k", a)
print([t.name for t in tf.get_collection("k")])
