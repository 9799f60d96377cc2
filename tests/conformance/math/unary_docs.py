# source: math_ops.py docstrings: tf.math.square([-2., 0., 3.]) => [4., 0., 9.]; tf.sqrt([[4.0], [16.0]]) => [[2.], [4.]]; tf.math.exp(2.0) => 7.389056; tf.abs([-2.25, 3.25]) => [2.25, 3.25]; tf.math.reciprocal; tf.math.log(1.0) = 0
# mode: eager
import tensorflow as tf
print(tf.math.square([-2., 0., 3.]))
print(tf.sqrt(tf.constant([[4.0], [16.0]])))
print(tf.math.exp(tf.constant(2.0)))
print(tf.abs(tf.constant([-2.25, 3.25])))
print(tf.math.reciprocal(tf.constant([2.0, 4.0])))
print(tf.math.log(tf.constant([1.0])))
print(tf.math.sign(tf.constant([-3, 0, 5])))
