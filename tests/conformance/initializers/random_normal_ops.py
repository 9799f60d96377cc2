# source: init_ops.py RandomNormal.__call__ → random_ops.random_normal (shape, mean, stddev, RandomStandardNormal, mul, add under random_normal/); tf-random.md §1
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
v = tf.get_variable("v", [2], initializer=tf.random_normal_initializer())
print([op.name for op in tf.get_default_graph().get_operations()])
