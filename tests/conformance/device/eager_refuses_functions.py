# source: ops.py device (v1) while executing eagerly
# mode: eager
# expect-error: RuntimeError: tf.device does not support functions when eager execution is enabled.
import tensorflow as tf
with tf.compat.v1.device(lambda op: "/cpu:0"):
    pass
