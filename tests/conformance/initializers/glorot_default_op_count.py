# source: init_ops.py VarianceScaling (uniform) → random_uniform (shape, min, max, RandomUniform, sub, mul, add) for the default float initializer; tf-random.md §1 (7 initializer ops)
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
v = tf.get_variable("v", [2, 3])
print([op.name for op in tf.get_default_graph().get_operations()])
