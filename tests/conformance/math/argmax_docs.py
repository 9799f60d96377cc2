# source: math_ops.py argmax docstring (A = [2, 20, 30, 3, 6] => 2; B axis 0 => [2, 2, 0, 2, 2], axis 1 => [2, 2, 1]); argmax_v2 (axis None => 0, output_type int64) and gen_math_ops.arg_max converting the axis as dimension
# mode: eager
import tensorflow as tf
A = tf.constant([2, 20, 30, 3, 6])
print(tf.math.argmax(A))
B = tf.constant([[2, 20, 30, 3, 6], [3, 11, 16, 1, 8], [14, 45, 23, 5, 27]])
print(tf.math.argmax(B, 0))
print(tf.math.argmax(B, 1))
print(tf.argmin(B, 1, output_type=tf.int32))
g = tf.Graph()
with g.as_default():
    a = tf.argmax(tf.compat.v1.placeholder(tf.float32, [3, 4], name="x"), 1)
    print(a, [op.name for op in g.get_operations()])
