# source: random_ops.py random_normal docstring (set_seed(5); normal([2,2], 0, 1, float32, seed=1)); tf-random.md V1
# mode: eager
import tensorflow as tf
tf.random.set_seed(5)
print(repr(tf.random.normal([2, 2], 0, 1, tf.float32, seed=1)))
