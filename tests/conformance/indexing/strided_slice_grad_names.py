# source: array_grad.py _StridedSliceGrad (shape(x, out_type=begin.dtype), constant_value of shape/begin/end/strides re-converted by strided_slice_grad, masks copied); the gradient of x[0, 1:] is 1 at the sliced positions
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
x = tf.constant([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], name="x")
y = tf.reduce_sum(x[0, 1:])
g, = tf.gradients(y, x)
print(g)
print([op.name for op in tf.get_default_graph().get_operations() if op.name.startswith("gradients/strided_slice_grad")])
with tf.Session() as sess:
    print(sess.run(g))
