# source: tensor_getitem_override.py _check_index (_SLICE_TYPE_ERROR + ", got {!r}".format(idx))
# mode: eager
# expect-error: TypeError: Only integers, slices (`:`), ellipsis (`...`), tf.newaxis (`None`) and scalar tf.int32/tf.int64 tensors are valid indices, got 1.5
import tensorflow as tf
t = tf.constant([1, 2, 3])
t[1.5]
