# source: backprop.py GradientTape.gradient: a non-persistent tape drops its tape after one call; self._tape is None -> RuntimeError
# mode: graph
# expect-error: RuntimeError: A non-persistent GradientTape can only be used to compute one set of gradients (or jacobians)
import tensorflow as tf
with tf.Graph().as_default():
    x = tf.constant(3.0)
    with tf.GradientTape() as tape:
        tape.watch(x)
        y = x * x
    tape.gradient(y, x)
    tape.gradient(y, x)
