# source: gradients_util._GradientsHelper: context.executing_eagerly() -> RuntimeError
# mode: eager
# expect-error: RuntimeError: tf.gradients is not supported when eager execution is enabled. Use tf.GradientTape instead.
import tensorflow as tf
tf.gradients(1.0, 2.0)
