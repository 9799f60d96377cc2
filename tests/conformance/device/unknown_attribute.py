# source: device_test.py testCheckValid; device_spec.py _string_to_components (TF 2.12+ message)
# mode: eager
# expect-error: ValueError: Unknown attribute 'barcpugpu' is encountered while parsing the device spec: '/barcpugpu:muu/baz:2'.
import tensorflow as tf
with tf.device("/barcpugpu:muu/baz:2"):
    pass
