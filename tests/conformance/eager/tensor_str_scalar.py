# source: ops.py _EagerTensorBase.__str__ and value_text/numpy_text (str of the numpy value)
# mode: eager
import tensorflow as tf
print(tf.constant(3.0))
print(tf.constant(7))
print(tf.constant(True))
