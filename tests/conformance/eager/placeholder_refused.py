# source: array_ops.py placeholder ("tf.placeholder() is not compatible with eager execution.")
# mode: eager
# expect-error: RuntimeError: tf.placeholder() is not compatible with eager execution.
import tensorflow as tf
tf.compat.v1.placeholder(tf.float32)
