# source: math_grad._MatMulGrad: transpose_b=True -> grad_a = mat_mul(grad, b), grad_b = mat_mul(grad, a, transpose_a=True)
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
a = tf.constant([[1.0, 2.0]], name="a")
b = tf.constant([[3.0, 4.0], [5.0, 6.0]], name="b")
c = tf.matmul(a, b, transpose_b=True)
ga, gb = tf.gradients(c, [a, b])
print(ga.name, gb.name)
with tf.Session() as sess:
    print(sess.run(ga))
    print(sess.run(gb))
