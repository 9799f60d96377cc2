# source: init_ops.py Constant.__call__ (constant_op.constant with no name → Const under Initializer/)
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
v = tf.get_variable("v", [3], initializer=tf.constant_initializer(7))
print(v.initializer.inputs[1].op.name)
