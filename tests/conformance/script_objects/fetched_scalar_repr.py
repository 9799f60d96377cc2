# source: tensorflow/tools/pip_package/setup.py REQUIRED_PACKAGES ('numpy >= 1.26.0, < 2.2.0': a fresh install gets numpy 2.x); numpy 2 scalar repr (NEP 51: np.float32(30.0), np.True_); session.py: a 0-d fetch is a numpy scalar
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
c = tf.constant(10.0) * 3
with tf.Session() as sess:
    r = sess.run(c)
    print(repr(r), r, type(r))
    print(repr(sess.run(tf.constant(7))), repr(sess.run(tf.constant(True))), repr(sess.run(tf.constant(2.5, tf.float64))))
