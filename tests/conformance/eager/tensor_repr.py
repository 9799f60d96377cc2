# source: ops.py _EagerTensorBase.__repr__ and value_text(is_repr=True); numpy array repr (dtype shown for float32/int32)
# mode: eager
import tensorflow as tf
print(repr(tf.constant(1)))
print(repr(tf.constant([1.0, 2.0])))
print(repr(tf.constant([1, 2], dtype=tf.int64)))
