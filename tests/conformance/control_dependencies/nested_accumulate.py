# source: ops_test.py ControlDependenciesTest.testNested (nested blocks accumulate)
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
a = [tf.constant(1.0, name="a_%d" % i) for i in range(1, 5)]
with tf.control_dependencies(a):
    b_1 = tf.constant(1.0, name="b_1")
with tf.control_dependencies([a[0]]):
    with tf.control_dependencies([a[1]]):
        with tf.control_dependencies([a[2]]):
            with tf.control_dependencies([a[3]]):
                b_2 = tf.constant(1.0, name="b_2")
print(sorted([op.name for op in b_1.op.control_inputs]) == sorted([op.name for op in b_2.op.control_inputs]), len(b_2.op.control_inputs))
