# source: tensor.py Tensor.__len__ (symbolic tensors: "len is not well defined for a symbolic Tensor ({self.name}). ...")
# mode: graph
# expect-error: TypeError: len is not well defined for a symbolic Tensor (x:0). Please call `x.shape` rather than `len(x)` for shape information.
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
x = tf.placeholder(tf.float32, [3], name="x")
len(x)
