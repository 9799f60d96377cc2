# source: gradients_util._DefaultGradYs: len(grad_ys) != len(ys) -> ValueError(f"Length mismatch. Passed {len(grad_ys)} grad_ys for {len(ys)} ys")
# mode: graph
# expect-error: ValueError: Length mismatch. Passed 2 grad_ys for 1 ys
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
x = tf.placeholder(tf.float32, [2], name="x")
tf.gradients(tf.identity(x), x, grad_ys=[x, x])
