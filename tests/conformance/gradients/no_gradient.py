# source: gradients_util._GradientsHelper: ops.get_gradient_function raises LookupError for an op type without a registered gradient (Unique has none in array_grad.py)
# mode: graph
# expect-error: LookupError: No gradient defined for operation'Unique' (op type: Unique). In general every operation must have an associated `@tf.RegisterGradient` for correct autodiff
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
x = tf.placeholder(tf.float32, [4], name="x")
y, idx = tf.unique(x)
tf.gradients(tf.reduce_sum(y), x)
