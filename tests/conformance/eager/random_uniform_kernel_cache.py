# source: random_ops.py random_uniform docstring (set_seed(5); uniform([], maxval=3, dtype=int32, seed=10) gives 2 then 0); tf-random.md V2
# mode: eager
import tensorflow as tf
tf.random.set_seed(5)
print(tf.random.uniform([], maxval=3, dtype=tf.int32, seed=10))
print(tf.random.uniform([], maxval=3, dtype=tf.int32, seed=10))
tf.random.set_seed(5)
print(tf.random.uniform([], maxval=3, dtype=tf.int32, seed=10))
