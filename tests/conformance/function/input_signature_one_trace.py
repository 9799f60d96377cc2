# source: polymorphic_function.py tf.function docstring "Input signatures" (TensorSpec(shape=None) gives one ConcreteFunction for a vector and a matrix; without it, two)
# mode: graph
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
@tf.function
def f(x):
    return x + 1
vector = tf.constant([1.0, 1.0])
matrix = tf.constant([[3.0]])
print(f.get_concrete_function(vector) is f.get_concrete_function(matrix))
@tf.function(input_signature=[tf.TensorSpec(shape=None, dtype=tf.float32)])
def g(x):
    return x + 1
print(g.get_concrete_function(vector) is g.get_concrete_function(matrix))
