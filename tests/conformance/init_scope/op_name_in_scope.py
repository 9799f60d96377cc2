# source: ops.py init_scope (graph: re-enters the current name scope, clears control dependencies); tf-semantics.md §7.1
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
c0 = tf.constant(0.0, name="c0")
with tf.name_scope("s"):
    with tf.control_dependencies([c0]):
        with tf.init_scope():
            k = tf.constant(1.0, name="k")
print(k.op.name, k.op.control_inputs)
