# source: math_grad.py _MaximumMinimumGrad (grad where x >= y), _PowGrad (grad * y * pow(x, y - 1); grad * z * log(x) for y), _SquaredDifferenceGrad (2 * grad * (x - y)), _SelectGradV2 (grad routed to the chosen branch); tensor.py __pow__ = math_ops.pow
# mode: eager
import tensorflow as tf
x = tf.Variable([1.0, -2.0, 3.0])
with tf.GradientTape(persistent=True) as tape:
    a = tf.reduce_sum(tf.maximum(x, 0.0))
    b = tf.reduce_sum(x ** 2)
    c = tf.reduce_sum(tf.math.squared_difference(x, 1.0))
    d = tf.reduce_sum(tf.where(x > 0, x * 3.0, x * x))
    e = tf.reduce_sum(tf.pow(2.0, x))
for y in [a, b, c, d, e]:
    print(tape.gradient(y, x))
