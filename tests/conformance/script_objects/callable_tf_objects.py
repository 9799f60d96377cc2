# source: polymorphic_function.py Function.__call__ (a tf.function object defines __call__); init_ops.py Initializer.__call__ (initializers are called with a shape); template.py Template.__call__ (make_template's result); ops.py Tensor / EagerTensor define no __call__; Python's callable(): true exactly when the object's type defines __call__
# mode: eager
import tensorflow as tf

@tf.function
def f(x):
    return x + 1

print(callable(f), callable(tf.function(lambda: 1)))
print(callable(tf.compat.v1.glorot_uniform_initializer()), callable(tf.compat.v1.zeros_initializer()))
print(callable(tf.compat.v1.make_template("t", lambda: 1)))
print(callable(tf.constant(1.0)), callable(tf.float32), callable(tf.constant))
