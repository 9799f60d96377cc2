# source: tf.function guide (site/en/guide/function.ipynb: a tf.function may call another and return nested structures with None; an input_signature with shape [None] traces once for every length); polymorphic_function.py Function.__call__
# mode: eager
import tensorflow as tf
@tf.function
def inner(x):
  return x * 2.0
@tf.function
def outer(x, n):
  return inner(x) + n, None, [x]
print(outer(tf.constant(1.5), 3.0))
@tf.function(input_signature=[tf.TensorSpec([None], tf.float32)])
def s(x):
  return tf.reduce_sum(x)
print(s(tf.constant([1.0, 2.0])))
print(s(tf.constant([1.0, 2.0, 3.0])))
print(s.experimental_get_tracing_count())
