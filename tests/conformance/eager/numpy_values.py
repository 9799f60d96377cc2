# source: ops.py _EagerTensorBase.numpy / shape / dtype; dtypes.py DType.__str__; numpy tolist
# mode: eager
import tensorflow as tf
t = tf.constant([[1, 2], [3, 4]])
print(t.numpy().tolist())
print(t.shape, t.dtype)
print(t.numpy())
