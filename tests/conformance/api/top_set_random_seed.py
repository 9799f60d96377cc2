# source: tensorflow/tools/api/golden/v2/tensorflow.pbtxt (006108e9) has no member set_random_seed; v1/tensorflow.pbtxt (01207a94) has it; Python words a missing module attribute "module 'tensorflow' has no attribute 'X'"
# mode: graph
# expect-error: AttributeError: module 'tensorflow' has no attribute 'set_random_seed'
import tensorflow as tf
tf.set_random_seed(1)
