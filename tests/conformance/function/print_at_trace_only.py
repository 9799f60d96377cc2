# source: polymorphic_function.py tf.function docstring "Any Python side-effects (appending to a list, printing with print, etc) will only happen once, when func is traced"
# mode: graph
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
@tf.function
def f(x):
    print("tracing")
    return x * 2
f(tf.constant(1.0))
f(tf.constant(2.0))
f(tf.constant(3.0))
f(tf.constant([1.0]))
