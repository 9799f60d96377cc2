# source: polymorphic_function.py tf.function docstring "Caution: Passing python scalars or lists as arguments to tf.function will usually retrace" (f1 is f2: False for 1 and 2, True for tf.constant(1) and tf.constant(2))
# mode: graph
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
@tf.function
def f(x):
    return x + 1
f1 = f.get_concrete_function(1)
f2 = f.get_concrete_function(2)
print(f1 is f2)
f1 = f.get_concrete_function(tf.constant(1))
f2 = f.get_concrete_function(tf.constant(2))
print(f1 is f2)
