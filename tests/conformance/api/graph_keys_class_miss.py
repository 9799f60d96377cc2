# source: tensorflow/tools/api/golden/v1/tensorflow.-graph-keys.pbtxt (7e7ad974): GraphKeys is a class (tf_class) without a member VARIABLE; Python words a class's missing attribute "type object 'GraphKeys' has no attribute 'X'"
# mode: graph
# expect-error: AttributeError: type object 'GraphKeys' has no attribute 'VARIABLE'
import tensorflow.compat.v1 as tf
tf.GraphKeys.VARIABLE
