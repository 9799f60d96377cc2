# source: random_ops.py random_uniform docstring (seeds (5, 10): 2 then 0); tf-random.md V2; random_seed.py exports set_seed with v1=[], so v1 code calls set_random_seed
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
tf.set_random_seed(5)
r = tf.random.uniform([], maxval=3, dtype=tf.int32, seed=10)
with tf.Session() as sess:
    print(sess.run(r), sess.run(r))
