# source: ops_test.py ControlDependenciesTest.testNoControlDependencyWithDataDependency
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
a = tf.constant(1.0, name="a")
with tf.control_dependencies([a]):
    b = tf.identity(a)
print(b.op.control_inputs)
