# source: polymorphic_function.py Function.experimental_get_tracing_count docstring (double traced once for tf.constant(1) and tf.constant(2), again for tf.constant("a"))
# mode: graph
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
@tf.function
def double(a):
    return a + a
double(tf.constant(1))
double(tf.constant(2))
print(double.experimental_get_tracing_count())
double(tf.constant("a"))
print(double.experimental_get_tracing_count())
