# source: gradients_util._GradientsHelper: ops.name_scope(name, "gradients", ...) is a v1 name scope, so a second call gets gradients_1; the uid name is consumed inside the scope (ops.get_default_graph().unique_name("uid"))
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
x = tf.placeholder(tf.float32, [2], name="x")
y = tf.identity(x, name="y")
a = tf.gradients(y, x)[0]
b = tf.gradients(y, x)[0]
c = tf.gradients(y, x, name="grads")[0]
print(a.name, b.name, c.name)
with tf.name_scope("gradients"):
    print(tf.no_op(name="uid").name)
