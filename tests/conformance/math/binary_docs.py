# source: math_ops.py docstrings: tf.pow([[2, 2], [3, 3]], [[8, 16], [2, 3]]) => [[256, 65536], [9, 27]]; tf.math.maximum([0., 0., 0., 0.], [-2., 0., 2., 5.]) => [0., 0., 2., 5.]; tf.math.minimum([0., 0., 0., 0.], [-5., -2., 0., 3.]) => [-5., -2., 0., 0.]; tf.math.add_n([a, b, a]) => [[7, 16], [10, 25]]; clip_ops.py clip_by_value docstring
# mode: eager
import tensorflow as tf
x = tf.constant([[2, 2], [3, 3]])
y = tf.constant([[8, 16], [2, 3]])
print(tf.pow(x, y))
print(tf.math.maximum(tf.constant([0., 0., 0., 0.]), tf.constant([-2., 0., 2., 5.])))
print(tf.math.minimum(tf.constant([0., 0., 0., 0.]), tf.constant([-5., -2., 0., 3.])))
a = tf.constant([[3, 5], [4, 8]])
b = tf.constant([[1, 6], [2, 9]])
print(tf.math.add_n([a, b, a]))
t = tf.constant([[-10., -1., 0.], [0., 2., 10.]])
print(tf.clip_by_value(t, clip_value_min=-1, clip_value_max=1))
print(tf.math.squared_difference(tf.constant([1.0, 5.0]), tf.constant([3.0, 2.0])))
print(tf.equal(tf.constant([2, 4]), 2), tf.less(tf.constant([2, 4]), 3))
