# source: tf.random.uniform docstring (tf-random.md V2): with seeds (5, 10) the kernel yields 2,
# then 0 on its next run; a new session starts the stream again.
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()

# tf.compat.v1.random has set_random_seed, not set_seed (golden v1/tensorflow.random.pbtxt);
# the v1 top-level name is tf.set_random_seed.
tf.set_random_seed(5)
r = tf.random.uniform([], maxval=3, dtype=tf.int32, seed=10)
with tf.Session() as sess:
    print(sess.run(r), sess.run(r))
with tf.Session() as sess:
    print(sess.run(r))
