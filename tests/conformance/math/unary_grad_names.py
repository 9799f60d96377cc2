# source: math_grad.py _SquareGrad (under control_dependencies([grad]): constant 2.0, multiply(x, y), multiply(grad, ...); ops._control_dependencies_for_inputs: an op fed by an op of the block is dominated and gets no control input), _SqrtGrad (sqrt_grad(y, grad)), _ExpGrad (grad * y), _LogGrad (grad * reciprocal(x)), _AbsGrad (grad * sign(x)); d/dx x^2 = 2x, sqrt' = 0.5/sqrt(x), exp' = exp, log' = 1/x, abs' = sign
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
x = tf.constant([1.0, 4.0], name="x")
ys = [tf.square(x), tf.sqrt(x), tf.exp(x), tf.log(x), tf.abs(x)]
grads = [tf.gradients(y, x)[0] for y in ys]
print([g.name for g in grads])
print([op.name for op in tf.get_default_graph().get_operations() if op.name.startswith("gradients/Square_grad")])
graph = tf.get_default_graph()
print([c.name for c in graph.get_operation_by_name("gradients/Square_grad/Const").control_inputs])
print([c.name for c in graph.get_operation_by_name("gradients/Square_grad/Mul").control_inputs])
with tf.Session() as sess:
    for v in sess.run(grads):
        print(v)
