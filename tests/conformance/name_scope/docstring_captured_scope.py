# source: ops.py Graph.name_scope docstring: name_scope(scope) with a captured 'nested/' re-enters it exactly
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
with tf.name_scope("nested") as scope:
    with tf.name_scope("inner"):
        with tf.name_scope(scope):
            d = tf.constant(1.0, name="d")
            with tf.name_scope(""):
                e = tf.constant(1.0, name="e")
print(d.op.name, e.op.name)
