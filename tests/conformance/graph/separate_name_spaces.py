# source: ops.py Graph._names_in_use is per graph: the same name in two graphs is not uniquified
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
g1 = tf.Graph()
g2 = tf.Graph()
with g1.as_default():
    a = tf.constant(1.0, name="c")
with g2.as_default():
    b = tf.constant(1.0, name="c")
print(a.name, b.name)
