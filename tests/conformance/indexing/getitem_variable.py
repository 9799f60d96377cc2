# source: tensor_getitem_override.py _slice_helper_var docstring (A = tf.Variable([[1,2,3], [4,5,6], [7,8,9]], dtype=tf.float32); print(A[:2, :2]) => [[1,2], [4,5]])
# mode: eager
import tensorflow as tf
A = tf.Variable([[1, 2, 3], [4, 5, 6], [7, 8, 9]], dtype=tf.float32)
print(A[:2, :2])
