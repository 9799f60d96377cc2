# source: math_grad._SigmoidGrad (gen_math_ops.sigmoid_grad(y, grad)) and _TanhGrad (gen_math_ops.tanh_grad(y, grad)); at 0: sigmoid' = 0.25, tanh' = 1
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
x = tf.constant([0.0], name="x")
s = tf.sigmoid(x)
t = tf.tanh(x)
gs = tf.gradients(s, x)[0]
gt = tf.gradients(t, x)[0]
print(gs.name, gt.name)
with tf.Session() as sess:
    print(sess.run(gs), sess.run(gt))
