# source: gradients_util._DefaultGradYs: a given grad_y is passed through array_ops.identity(grad_y, name="grad_ys_%d" % i); math_grad._MulGrad fast path for float32
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
x = tf.constant([1.0, 2.0], name="x")
w = tf.constant([3.0, 4.0], name="w")
z = x * w
g = tf.gradients(z, x, grad_ys=tf.constant([10.0, 100.0], name="dz"))[0]
print([op.name for op in tf.get_default_graph().get_operations()[4:]])
with tf.Session() as sess:
    print(sess.run(g))
