# source: tensor_getitem_override.py _slice_helper docstring (foo[2:-2] => [3,4]; foo[::2,::-1] => [[3,2,1], [9,8,7]]; scalar tensor indices => 3; tf.newaxis and ellipsis shapes; foo[foo > 2] => [3, 4, 5, 6, 7, 8, 9])
# mode: eager
import tensorflow as tf
foo = tf.constant([1, 2, 3, 4, 5, 6])
print(foo[2:-2])
foo = tf.constant([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
print(foo[::2, ::-1])
print(foo[tf.constant(0), tf.constant(2)])
print(foo[tf.newaxis, :, :].shape)
print(foo[:, tf.newaxis, :].shape)
print(foo[:, :, tf.newaxis].shape)
print(foo[tf.newaxis, ...].shape)
print(foo[tf.newaxis].shape)
print(foo[foo > 2])
