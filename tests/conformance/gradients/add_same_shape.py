# source: math_grad._AddGrad: isinstance(grad, Tensor) and _ShapesFullySpecifiedAndEqual(x, y, grad) -> return (grad, grad); the op's scope gradients/add_grad is still consumed (ops.name_scope(op.name + "_grad"))
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
x = tf.placeholder(tf.float32, [2, 3], name="x")
y = tf.placeholder(tf.float32, [2, 3], name="y")
z = x + y
gx, gy = tf.gradients(z, [x, y])
print(gx.name, gy.name)
with tf.name_scope("gradients/add_grad"):
    print(tf.no_op().name)
