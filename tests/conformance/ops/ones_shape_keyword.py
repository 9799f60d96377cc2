# source: array_ops.py ones(shape, dtype=dtypes.float32, name=None) and zeros(shape, ...): shape may be passed by keyword; str of an EagerTensor is tf.Tensor(value, shape=..., dtype=...) (ops.py __str__)
# mode: eager
import tensorflow as tf
print(tf.ones(shape=[2]))
print(tf.zeros(shape=[1, 2], dtype=tf.int32))
