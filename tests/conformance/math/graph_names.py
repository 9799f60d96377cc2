# source: generated wrappers name ops by type and convert Python operands as the argument (gen_math_ops.maximum: Maximum/y); math_ops.abs and math_ops.pow open scopes "Abs"/"Pow"; clip_ops.clip_by_value (scope clip_by_value: minimum(t, max), then maximum(..., min, name=scope))
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
x = tf.placeholder(tf.float32, [2], name="x")
tf.square(x)
tf.maximum(x, 0.0)
tf.abs(x)
tf.pow(x, 3.0)
tf.math.log(x)
c = tf.clip_by_value(x, 0.0, 1.0)
print([op.name for op in tf.get_default_graph().get_operations()])
print(c)
