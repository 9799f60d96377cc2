# source: math_grad._MulGrad: equal fully-defined shapes and grad.dtype in (int32, float32) -> (gen_math_ops.mul(grad, y), gen_math_ops.mul(grad, x)), ops Mul and Mul_1 in gradients/mul_grad
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
x = tf.constant([1.0, 2.0], name="x")
y = tf.constant([3.0, 5.0], name="y")
z = x * y
gx, gy = tf.gradients(z, [x, y])
print(gx.name, gy.name)
with tf.Session() as sess:
    print(sess.run(gx), sess.run(gy))
