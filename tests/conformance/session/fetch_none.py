# source: session.py _FetchMapper.for_fetch (None is rejected)
# mode: graph
# expect-error: TypeError: Argument `fetch` = None has invalid type "NoneType". Cannot be None
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
tf.constant(1.0)
with tf.Session() as sess:
    sess.run(None)
