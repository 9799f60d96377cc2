# source: ops.py Graph._as_graph_element_locked (KeyError for a missing operation)
# mode: graph
# expect-error: KeyError: "The name 'missing' refers to an Operation not in the graph."
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
tf.get_default_graph().get_operation_by_name("missing")
