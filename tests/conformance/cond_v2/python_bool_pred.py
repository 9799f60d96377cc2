# source: cond_v2.py cond_v2 (raise TypeError("pred must not be a Python bool", pred)); cond.py cond (in a graph with control flow v2 the cond goes to cond_v2)
# mode: graph
# expect-error: TypeError: ('pred must not be a Python bool', True)
import tensorflow as tf
with tf.Graph().as_default():
    tf.cond(True, lambda: tf.constant(1.0), lambda: tf.constant(2.0))
