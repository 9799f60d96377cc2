# source: tensor_util.make_tensor_proto dtype inference; docs/research/tf-op-naming.md §11; dtypes.py DType.__str__ ("<dtype: %r>")
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
print(tf.constant(1.0).dtype, tf.constant(1).dtype, tf.constant(2**40).dtype, tf.constant(True).dtype, tf.constant([1, 2.0]).dtype)
