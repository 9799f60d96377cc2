# source: ops_test.py ControlDependenciesTest.testClear (None clears, leaving restores)
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
a = [tf.constant(1.0, name="a_%d" % i) for i in range(1, 5)]
def deps(t):
    return sorted([op.name for op in t.op.control_inputs])
with tf.control_dependencies([a[0]]):
    with tf.control_dependencies([a[1]]):
        with tf.control_dependencies(None):
            with tf.control_dependencies([a[2]]):
                with tf.control_dependencies([a[3]]):
                    b_3_4 = tf.constant(1.0)
                b_3 = tf.constant(1.0)
            b_none = tf.constant(1.0)
        b_1_2 = tf.constant(1.0)
    b_1 = tf.constant(1.0)
    with tf.control_dependencies(None):
        b_none2 = tf.constant(1.0)
for t in [b_3_4, b_3, b_none, b_1_2, b_1, b_none2]:
    print(deps(t))
