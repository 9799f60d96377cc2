# source: tensorflow/python/ops/math_grad.py _MinOrMaxGrad: with keep_dims the kept shape is array_ops.shape(y) and y, grad are used as they are; ties share the gradient evenly (indicators / num_selected)
# mode: eager
import tensorflow as tf
x = tf.constant([[4.0, 1.0, 1.0, 7.0], [0.0, 2.0, -3.0, -3.0]])
with tf.GradientTape() as tape:
    tape.watch(x)
    y = tf.reduce_min(x, axis=1, keepdims=True) * tf.constant([[2.0], [10.0]])
print(tape.gradient(y, x))
with tf.GradientTape() as tape:
    tape.watch(x)
    z = tf.reduce_max(x)
print(tape.gradient(z, x).numpy())
