# source: tensorflow/tools/api/golden/v2/tensorflow.pbtxt (006108e9) has no member variable_scope; v1/tensorflow.pbtxt (01207a94) has it; Python words a missing module attribute "module 'tensorflow' has no attribute 'X'"
# mode: graph
# expect-error: AttributeError: module 'tensorflow' has no attribute 'variable_scope'
import tensorflow as tf
tf.variable_scope("s")
