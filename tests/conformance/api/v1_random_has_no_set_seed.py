# source: tensorflow/tools/api/golden/v1/tensorflow.random.pbtxt (1dc93053) lists set_random_seed, not set_seed; module __name__ tensorflow._api.v2.compat.v1.random (google-research/bert#1140 shows the tensorflow._api.v2.<path> naming)
# mode: graph
# expect-error: AttributeError: module 'tensorflow._api.v2.compat.v1.random' has no attribute 'set_seed'
import tensorflow.compat.v1 as tf
tf.random.set_seed(1)
