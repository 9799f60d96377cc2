# source: ops_test.py ControlDependenciesTest.testBasic (e is dominated by c, so it gets no control input)
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
a = tf.constant(1.0, name="a")
b = tf.constant(1.0, name="b")
with tf.control_dependencies([a]):
    c = tf.constant(1.0, name="c")
    d = tf.identity(b, name="d")
    e = tf.identity(c, name="e")
print([op.name for op in c.op.control_inputs], [op.name for op in d.op.control_inputs], e.op.control_inputs)
