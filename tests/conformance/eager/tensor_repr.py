# source: ops.py _EagerTensorBase.__repr__ and value_text(is_repr=True); numpy array repr (dtype shown for float32/int32); 0-d values are numpy scalars, whose repr is numpy 2's (NEP 51: np.int32(1)), as TF's setup.py (numpy >= 1.26, < 2.2) installs numpy 2.1
# mode: eager
import tensorflow as tf
print(repr(tf.constant(1)))
print(repr(tf.constant([1.0, 2.0])))
print(repr(tf.constant([1, 2], dtype=tf.int64)))
