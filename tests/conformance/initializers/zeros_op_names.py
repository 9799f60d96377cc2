# source: init_ops.py Zeros.__call__ → array_ops.zeros (small: one Const named zeros under Initializer/); tf-semantics.md §5.2
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
v = tf.get_variable("v", [2], initializer=tf.zeros_initializer())
print([op.name for op in tf.get_default_graph().get_operations()])
