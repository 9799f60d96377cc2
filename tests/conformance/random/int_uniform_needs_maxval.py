# source: random_ops.py random_uniform (integer dtype without maxval)
# mode: graph
# expect-error: ValueError: Must specify maxval for integer dtype tf.int32
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
tf.random.uniform([2], dtype=tf.int32)
