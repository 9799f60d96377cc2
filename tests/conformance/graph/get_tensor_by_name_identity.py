# source: ops.py Graph.get_tensor_by_name (returns the same tensor object)
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
c = tf.constant(1.0, name="c")
t = tf.get_default_graph().get_tensor_by_name("c:0")
print(t == c, t.name)
