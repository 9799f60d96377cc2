# source: array_ops.py docstrings: transpose([[1, 2, 3], [4, 5, 6]]) => [[1, 4], [2, 5], [3, 6]]; expand_dims(zeros([10,10,3]), 0/1/-1) shapes [1, 10, 10, 3], [10, 1, 10, 3], [10, 10, 3, 1]; squeeze of shape [1, 2, 1, 3, 1, 1] => [2, 3], axis [2, 4] => [1, 2, 3, 1]; size and rank of a [2, 2, 3] tensor => 12 and 3
# mode: eager
import tensorflow as tf
x = tf.constant([[1, 2, 3], [4, 5, 6]])
print(tf.transpose(x))
print(tf.transpose(x, perm=[1, 0]).shape)
image = tf.zeros([10, 10, 3])
print(tf.expand_dims(image, axis=0).shape.as_list(), tf.expand_dims(image, axis=1).shape.as_list(), tf.expand_dims(image, axis=-1).shape.as_list())
t = tf.zeros([1, 2, 1, 3, 1, 1])
print(tf.squeeze(t).shape, tf.squeeze(t, [2, 4]).shape)
t = tf.constant([[[1, 1, 1], [2, 2, 2]], [[3, 3, 3], [4, 4, 4]]])
print(tf.size(t), tf.rank(t))
print(tf.zeros_like(x), tf.ones_like(tf.constant([1.5])))
