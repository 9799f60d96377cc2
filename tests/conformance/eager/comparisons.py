# source: ops.py Tensor overrides (__lt__ = gen_math_ops.less) and tensor_equals (element-wise equal, incompatible_shape_error=False)
# mode: eager
import tensorflow as tf
t = tf.constant([1, 2, 3])
print(t < 2)
print(t == 2)
print(tf.constant(1.0) == 1.0)
print(tf.constant([1, 2]) == tf.constant([1, 2, 3]))
print(t == None)
