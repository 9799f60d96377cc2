# source: tensorflow/python/ops/math_grad.py _MinOrMaxGrad (registered for "Max" and "Min"): indicators = cast(equal(y, x)) divided by their reduce_sum over the reduced axes, times the reshaped gradient; without keep_dims, math_ops.reduced_shape of a fully defined input shape and constant axes is a constant, so the gradient's ops are Shape (a Const), Reshape ×2, Equal, Cast, Sum, Reshape, truediv, mul
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
x = tf.constant([[1.0, 3.0, 3.0], [2.0, 0.0, 5.0]], name="x")
m = tf.reduce_max(x, axis=1)
(g,) = tf.gradients(m, [x])
print([op.name for op in tf.get_default_graph().get_operations()[5:]])
print(g.name, g.shape)
with tf.Session() as sess:
    print(sess.run(g))
