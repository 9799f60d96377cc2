# source: ops_test.py DeviceTest.testOverwritingBehavior (a device function's string is used verbatim and overrides inner merges)
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
def overwrite(op):
    return "/job:overwrite"
with tf.device(overwrite):
    a = tf.constant(1.0, name="a")
    with tf.device("/job:ps"):
        b = tf.constant(1.0, name="b")
    with tf.device(None):
        with tf.device("/job:ps"):
            c = tf.constant(1.0, name="c")
with tf.device(lambda op: "/device:GPU:1" if op.type == "Const" else ""):
    d = tf.constant(1.0, name="d")
    e = tf.identity(d, name="e")
for t in [a, b, c, d, e]:
    print(t.op.name, repr(t.op.device))
