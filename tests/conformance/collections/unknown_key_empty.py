# source: ops.py Graph.get_collection (a missing key gives an empty list)
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
print(tf.get_collection("nothing_here"))
