# source: ops.py _EagerTensorBase.__repr__ and value_text(is_repr=True); numpy array repr (dtype shown for float32/int32); a 0-d value is shown as repr(value.item()) (ops.py numpy_text: ".item() converts the numpy scalars to python items")
# mode: eager
import tensorflow as tf
print(repr(tf.constant(1)))
print(repr(tf.constant([1.0, 2.0])))
print(repr(tf.constant([1, 2], dtype=tf.int64)))
