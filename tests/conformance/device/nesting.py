# source: ops_test.py DeviceTest.testNesting / testNestingWithDeviceStrings (partial strings merge, inner wins, canonical form)
# mode: graph
import tensorflow as tf
g = tf.Graph()
with g.as_default():
    with tf.device("/device:GPU:0"):
        a = tf.constant(1.0, name="a")
        with tf.device("/job:worker"):
            b = tf.constant(1.0, name="b")
            with tf.device("/cpu:0"):
                c = tf.constant(1.0, name="c")
                with tf.device(""):
                    d = tf.constant(1.0, name="d")
    e = tf.constant(1.0, name="e")
for t in [a, b, c, d, e]:
    print(t.op.name, repr(t.device))
