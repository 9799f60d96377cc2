# source: math_grad.py _MaximumMinimumGrad (shape(x), shape(y), shape(grad), zeros(gradshape), greater_equal(x, y), broadcast_gradient_args, where_v2 + reduce_sum + reshape per argument)
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
p = tf.placeholder(tf.float32, [3], name="p")
m = tf.maximum(p, 1.0)
g, = tf.gradients(tf.reduce_sum(m), p)
print([op.name for op in tf.get_default_graph().get_operations() if "Maximum_grad" in op.name])
with tf.Session() as sess:
    print(sess.run(g, {p: [0.0, 2.0, 3.0]}))
