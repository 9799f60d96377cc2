# source: ops.py Graph._collections (each graph has its own collections)
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
g1 = tf.Graph()
g2 = tf.Graph()
with g1.as_default():
    tf.add_to_collection("k", tf.constant(1.0))
with g2.as_default():
    print(tf.get_collection("k"))
with g1.as_default():
    print(len(tf.get_collection("k")))
