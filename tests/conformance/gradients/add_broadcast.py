# source: math_grad._AddGrad -> _ReduceGradientArgs -> SmartBroadcastGradientArgs (array_ops.shape of x and y, axes from _InferGradientReductionAxes) and _ReduceGradientArg (reduce_sum(grad, axes, keepdims=True), reshape(grad, shape)); x needs no reduction (same rank, no broadcast axes)
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
x = tf.placeholder(tf.float32, [2, 3], name="x")
b = tf.placeholder(tf.float32, [3], name="b")
z = x + b
gx, gb = tf.gradients(z, [x, b])
print([op.name for op in tf.get_default_graph().get_operations()[6:]])
print(gx.name, gb.name, gb.shape)
with tf.Session() as sess:
    print(sess.run(gb, feed_dict={x: [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], b: [0.0, 0.0, 0.0]}))
