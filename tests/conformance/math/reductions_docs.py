# source: math_ops.py docstrings: reduce_max([5, 1, 2, 4]) => 5; reduce_max([-5, -1, -2, -4]) => -1; reduce_any([[True, True], [False, False]]) => True, axis 0 => [True, True], axis 1 => [True, False]; reduce_all => False, [False, False], [True, False]; reduce_prod([[1., 2.], [3., 4.]]) => 24., axis 0 => [3., 8.], axis 1 => [2., 12.]; reduce_min
# mode: eager
import tensorflow as tf
print(tf.reduce_max(tf.constant([5, 1, 2, 4])))
print(tf.reduce_max(tf.constant([-5, -1, -2, -4])))
print(tf.reduce_min(tf.constant([[3, 1], [2, 4]]), axis=1))
x = tf.constant([[True, True], [False, False]])
print(tf.reduce_any(x), tf.reduce_any(x, 0), tf.reduce_any(x, 1))
print(tf.reduce_all(x), tf.reduce_all(x, 0), tf.reduce_all(x, 1))
x = tf.constant([[1., 2.], [3., 4.]])
print(tf.math.reduce_prod(x), tf.math.reduce_prod(x, 0), tf.math.reduce_prod(x, 1))
