# source: nn_grad._SoftmaxGrad: sum_channels = math_ops.reduce_sum(grad_softmax * softmax, -1, keepdims=True); return (grad_softmax - sum_channels) * softmax
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
x = tf.placeholder(tf.float32, [2, 3], name="x")
s = tf.nn.softmax(x)
g = tf.gradients(s, x)[0]
print([op.name for op in tf.get_default_graph().get_operations()[5:]])
with tf.Session() as sess:
    print(sess.run(g, feed_dict={x: [[1.0, 2.0, 3.0], [0.0, 0.0, 0.0]]}))
