# source: ops.py disable_eager_execution (default_execution_mode = GRAPH_MODE, is_eager = False)
# mode: eager
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
print(tf.executing_eagerly())
