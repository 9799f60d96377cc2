# source: array_grad._ConcatGradV2 -> _ConcatGradHelper: non_neg_concat_dim = concat_dim % array_ops.rank(input_values[0]); sizes from _ExtractInputShapes (Const shapes); gen_array_ops.concat_offset; one array_ops.slice per input; None for the axis
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
x = tf.placeholder(tf.float32, [2, 1], name="x")
y = tf.placeholder(tf.float32, [2, 2], name="y")
c = tf.concat([x, y], 1)
gx, gy = tf.gradients(c, [x, y])
print([op.name for op in tf.get_default_graph().get_operations()[7:]])
print(gx.shape, gy.shape)
with tf.Session() as sess:
    print(sess.run(gy, feed_dict={x: [[1.0], [2.0]], y: [[3.0, 4.0], [5.0, 6.0]]}))
