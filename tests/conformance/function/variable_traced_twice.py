# source: polymorphic_function.py Function._call (variables created on the first call: traced again under NO_VARIABLE_CREATION; tracing count is len(function_cache))
# mode: graph
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
state = []
@tf.function
def f(x):
    print("tracing")
    if not state:
        state.append(tf.Variable(1.0))
    return x + 1.0
f(tf.constant(1.0))
print(f.experimental_get_tracing_count())
f(tf.constant(2.0))
print(f.experimental_get_tracing_count())
