# source: concrete_function.py _call_flat / _select_forward_and_backward_functions (under a tape the forward function runs and its backward function is recorded: first order for one non-persistent tape, higher order for a persistent tape) and _call_flat's variable_accessed for the function's variables; backprop.py GradientTape docstring (watch, persistent); d/dx (x*x + 3x) = 2x + 3; d/dv (v * a * a) = a * a
# mode: eager
import tensorflow as tf
@tf.function
def f(x):
    return x * x + 3.0 * x
x = tf.constant(2.0)
with tf.GradientTape() as tape:
    tape.watch(x)
    y = f(x)
print(y)
print(tape.gradient(y, x))
v = tf.Variable(3.0)
@tf.function
def h(a):
    return v * a * a
with tf.GradientTape(persistent=True) as t2:
    t2.watch(x)
    z = h(x)
print(t2.gradient(z, v))
print(t2.gradient(z, x))
