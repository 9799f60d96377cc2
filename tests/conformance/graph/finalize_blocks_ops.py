# source: ops.py Graph._check_not_finalized ('Graph is finalized and cannot be modified.')
# mode: graph
# expect-error: RuntimeError: Graph is finalized and cannot be modified.
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
g = tf.Graph()
with g.as_default():
    g.finalize()
    tf.constant(1.0)
