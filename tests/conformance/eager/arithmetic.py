# source: math_ops.py binary_op_wrapper / r_binary_op_wrapper executed eagerly
# mode: eager
import tensorflow as tf
a = tf.constant(2.0)
print(a * 3.0 + 1.0)
print(1.0 - a)
print(-a)
print(tf.matmul(tf.constant([[1.0, 2.0]]), tf.constant([[3.0], [4.0]])))
