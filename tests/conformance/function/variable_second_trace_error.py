# source: polymorphic_function.py Function._initialize invalid_creator_scope (a variable created on every trace fails at the second trace of the first call)
# mode: graph
# expect-error: ValueError: tf.function only supports singleton tf.Variables created on the first call. Make sure the tf.Variable is only created once or created outside tf.function.
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
@tf.function
def f(x):
    v = tf.Variable(1.0)
    return v + x
f(tf.constant(1.0))
