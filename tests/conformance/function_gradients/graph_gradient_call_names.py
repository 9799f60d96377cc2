# source: gradients_util.py _GradientsHelper (gradients in name_scope(name, "gradients"); each op's gradient function runs in name_scope(op.name + "_grad")); concrete_function.py _call_flat (graph call ops get _rewrite_forward_and_call_backward as _gradient_function) and _DelayedRewriteGradientFunctions._rewrite_forward_and_call_backward (returns backwards_function._call_flat(...)); atomic_function.py partitioned_call_op (create_op(op_name, ..., name=op_name), "PartitionedCall" when no op is stateful); d/dx (x*x + 3x) = 2x + 3, d2/dx2 = 2
# mode: graph
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
@tf.function
def f(x):
    return x * x + 3.0 * x
x = tf.constant(2.0, name="x")
y = f(x)
g = tf.gradients(y, x)
print(g[0].name, g[0].op.type)
gg = tf.gradients(g[0], x)
print(gg[0].name)
with tf.compat.v1.Session() as sess:
    print(sess.run(g), sess.run(gg))
