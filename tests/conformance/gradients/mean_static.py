# source: math_grad._MeanGrad: _SumGrad (reduce all dims: reshape(grad, [1]*rank), constant(input shape), tile) then a Const factor (input size // output size) and math_ops.truediv (RealDiv named truediv)
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
x = tf.placeholder(tf.float32, [2, 2], name="x")
m = tf.reduce_mean(x)
g = tf.gradients(m, x)[0]
print([op.name for op in tf.get_default_graph().get_operations()[3:]])
with tf.Session() as sess:
    print(sess.run(g, feed_dict={x: [[1.0, 2.0], [3.0, 4.0]]}))
