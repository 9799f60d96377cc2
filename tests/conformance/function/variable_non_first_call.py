# source: polymorphic_function.py Function._call ("Creating variables on a non-first call to a function decorated with tf.function.")
# mode: graph
# expect-error: ValueError: Creating variables on a non-first call to a function decorated with tf.function.
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
@tf.function
def f(x):
    if x.shape.rank == 1:
        tf.Variable(1.0)
    return x
f(tf.constant(1.0))
f(tf.constant([1.0]))
