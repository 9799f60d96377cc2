# source: math_grad._MulGrad: the fast path is only for int32/float32, so float64 builds Mul(grad, y), Mul(x, grad) and then _ReduceGradientArgs, which always builds both shapes (SmartBroadcastGradientArgs) and reduces nothing for equal shapes
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
x = tf.constant([1.0, 2.0], dtype=tf.float64, name="x")
y = tf.constant([3.0, 5.0], dtype=tf.float64, name="y")
z = x * y
gx, gy = tf.gradients(z, [x, y])
print([op.name for op in tf.get_default_graph().get_operations()[6:]])
print(gx.name, gy.name)
