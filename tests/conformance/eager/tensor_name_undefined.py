# source: ops.py _EagerTensorBase.name ("Tensor.name is undefined when eager execution is enabled.")
# mode: eager
# expect-error: AttributeError: Tensor.name is undefined when eager execution is enabled.
import tensorflow as tf
tf.constant(1.0).name
