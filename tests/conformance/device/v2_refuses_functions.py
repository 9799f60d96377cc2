# source: ops.py device_v2: "tf.device does not support functions."
# mode: eager
# expect-error: RuntimeError: tf.device does not support functions.
import tensorflow as tf
tf.device(lambda op: "/cpu:0")
