# source: gradients_util._GradientsHelper (name_scope(name, "gradients"), unique_name("uid")) and _DefaultGradYs (array_ops.ones(array_ops.shape(y), dtype=y.dtype, name="grad_ys_%d" % i)); array_ops.ones with a tensor shape (scope "ones" named grad_ys_0, constant(1) named Const, fill named by the scope)
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
x = tf.placeholder(tf.float32, [2], name="x")
y = tf.identity(x, name="y")
g = tf.gradients(y, x)
print([op.name for op in tf.get_default_graph().get_operations()[2:]])
print(g[0].name)
