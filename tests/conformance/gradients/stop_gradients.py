# source: gradients_util._StopOps: ops of stop_gradients are never differentiated, so nothing flows into their inputs
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
a = tf.constant(2.0, name="a")
b = tf.multiply(a, 3.0, name="b")
c = tf.add(a, b, name="c")
print(tf.gradients(c, [a, b], stop_gradients=[b]))
