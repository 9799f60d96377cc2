# source: ops.py enable_eager_execution_internal (graph_mode_has_been_used)
# mode: eager
# expect-error: ValueError: tf.enable_eager_execution must be called at program startup.
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
tf.compat.v1.get_default_graph()
tf.compat.v1.enable_eager_execution()
