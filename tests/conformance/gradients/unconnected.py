# source: gradients_util._GetGrad: a source with no path gets None (UnconnectedGradients.NONE) or array_ops.zeros_like(t) built after the gradients scope is left (a Const named zeros_like for a small fully defined shape)
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
x = tf.placeholder(tf.float32, [2], name="x")
u = tf.placeholder(tf.float32, [3], name="u")
y = tf.identity(x, name="y")
print(tf.gradients(y, [x, u]))
g = tf.gradients(y, u, unconnected_gradients=tf.UnconnectedGradients.ZERO)[0]
print(g.name, g.op.type)
with tf.Session() as sess:
    print(sess.run(g))
