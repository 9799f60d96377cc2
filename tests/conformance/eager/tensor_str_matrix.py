# source: ops.py numpy_text (a value with a newline starts on its own line) and _EagerTensorBase.__str__; numpy str
# mode: eager
import tensorflow as tf
print(tf.constant([[1.0, 2.0], [3.0, 4.0]]))
