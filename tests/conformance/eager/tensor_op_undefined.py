# source: ops.py _EagerTensorBase.op
# mode: eager
# expect-error: AttributeError: Tensor.op is undefined when eager execution is enabled.
import tensorflow as tf
(tf.constant(1.0) + 1.0).op
