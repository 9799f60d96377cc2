# source: ops.py Tensor.__str__ (Tensor("name", shape=..., dtype=...))
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
c = tf.constant([1, 2], name="c")
print(c)
