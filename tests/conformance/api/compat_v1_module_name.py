# source: TF 2.2+ names the generated API modules tensorflow._api.v2.<path>: "AttributeError: module 'tensorflow._api.v2.train' has no attribute 'Optimizer'" (google-research/bert#1140, TF 2.2.0); golden v1/tensorflow.pbtxt (01207a94) has no member get_variables
# mode: graph
# expect-error: AttributeError: module 'tensorflow._api.v2.compat.v1' has no attribute 'get_variables'
import tensorflow.compat.v1 as tf
tf.get_variables
