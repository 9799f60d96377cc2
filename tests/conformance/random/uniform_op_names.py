# source: random_ops.py random_uniform (shape, min, max, RandomUniform, sub, mul, add under random_uniform/)
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
r = tf.random.uniform([2], minval=-1.0, maxval=1.0, seed=1)
print(r.op.name, [op.name for op in tf.get_default_graph().get_operations()][:4])
