# source: backprop.py GradientTape (watch_accessed_variables=True watches trainable variables read on the tape; resource variable operators read value() first); unconnected sources -> None; persistent tapes may be asked twice; math_grad._MulGrad skips an unneeded scalar y (gen_math_ops.mul(grad, y))
# mode: graph
import tensorflow as tf
with tf.Graph().as_default():
    v = tf.Variable([3.0], name="v")
    u = tf.Variable([5.0], name="u")
    with tf.GradientTape(persistent=True) as tape:
        w = v * 2.0
    with tf.GradientTape(watch_accessed_variables=False) as quiet:
        q = v * 2.0
    print(tape.gradient(w, [v, u])[1], quiet.gradient(q, v))
    g = tape.gradient(w, v)
    print(g.name)
    with tf.compat.v1.Session() as sess:
        sess.run(tf.compat.v1.global_variables_initializer())
        print(sess.run(g))
