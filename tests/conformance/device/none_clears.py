# source: ops_test.py DeviceTest.testNoneClearsDefault (device(None) stops the device stack)
# mode: graph
import tensorflow as tf
with tf.Graph().as_default():
    with tf.device("/job:worker/replica:2/device:CPU:1"):
        a = tf.constant(1.0, name="a")
        with tf.device(None):
            b = tf.constant(1.0, name="b")
        c = tf.constant(1.0, name="c")
print(a.op.device)
print(repr(b.op.device))
print(c.op.device)
