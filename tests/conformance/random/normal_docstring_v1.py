# source: random_ops.py random_normal docstring (tf.random.set_seed(5); normal([2,2], 0, 1, seed=1)); tf-random.md V1; random_seed.py exports set_seed with v1=[], so v1 code calls set_random_seed
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
tf.set_random_seed(5)
r = tf.random.normal([2, 2], 0, 1, tf.float32, seed=1)
with tf.Session() as sess:
    print(sess.run(r))
