# source: ops.py Graph.get_operations (in the order they were added)
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
a = tf.constant(1.0, name="a")
b = tf.constant(2.0, name="b")
c = tf.add(a, b, name="c")
print([op.name for op in tf.get_default_graph().get_operations()])
