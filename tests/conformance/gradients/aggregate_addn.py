# source: gradients_util._AggregatedGrads -> _MultiDeviceAddN -> math_ops.add_n: two gradients for one tensor are summed by one AddN op in the gradients scope (outside any op's _grad scope); d(x*x)/dx = 2x
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
x = tf.constant([1.0, -3.0], name="x")
z = x * x
g = tf.gradients(z, x)[0]
print(g.name, g.op.type)
with tf.Session() as sess:
    print(sess.run(g))
