# source: ops.py Graph._as_graph_element_locked (tensor index beyond the op's outputs)
# mode: graph
# expect-error: KeyError: "The name 'c:1' refers to a Tensor which does not exist. The operation, 'c', exists but only has 1 outputs."
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
tf.constant(1.0, name="c")
tf.get_default_graph().get_tensor_by_name("c:1")
