# source: backprop.py GradientTape.gradient: target is None -> TypeError
# mode: graph
# expect-error: TypeError: Argument `target` should be a list or nested structure of Tensors, Variables or CompositeTensors to be differentiated, but received None.
import tensorflow as tf
with tf.Graph().as_default():
    x = tf.constant(3.0)
    with tf.GradientTape() as tape:
        tape.watch(x)
    tape.gradient(None, x)
