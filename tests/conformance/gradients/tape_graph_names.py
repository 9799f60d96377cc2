# source: backprop.py GradientTape.gradient -> imperative_grad; backprop._gradient_function runs each gradient function in ops.name_scope("gradient_tape/" + forward scope + "/"); _ones(shape, dtype) is array_ops.ones (a Const named ones); math_grad._SumGrad (reduce all dims) and _MulGrad (float32 fast path); backprop._aggregate_grads sums two gradients with gen_math_ops.add_n in the caller's scope
# mode: graph
import tensorflow as tf
with tf.Graph().as_default() as g:
    x = tf.constant([1.0, 2.0], name="x")
    with tf.GradientTape() as tape:
        tape.watch(x)
        z = tf.reduce_sum(x * x)
    dz = tape.gradient(z, x)
    print([op.name for op in g.get_operations()[4:]])
    with tf.compat.v1.Session() as sess:
        print(sess.run(dz))
