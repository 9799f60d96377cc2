# source: tensorflow/tools/api/golden/v2/tensorflow.random.pbtxt (08df8c40) lists set_seed, not set_random_seed; module __name__ tensorflow._api.v2.random (google-research/bert#1140 shows the tensorflow._api.v2.<path> naming)
# mode: graph
# expect-error: AttributeError: module 'tensorflow._api.v2.random' has no attribute 'set_random_seed'
import tensorflow as tf
tf.random.set_random_seed(1)
