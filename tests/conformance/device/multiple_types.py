# source: device_test.py testCheckValid; device_spec.py _string_to_components (TF 2.12+ message)
# mode: graph
# expect-error: ValueError: Multiple device types are not allowed while parsing the device spec: /cpu:0/device:GPU:2.
import tensorflow as tf
with tf.Graph().as_default():
    with tf.device("/cpu:0/device:GPU:2"):
        pass
