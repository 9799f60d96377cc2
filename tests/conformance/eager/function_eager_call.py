# source: tensorflow/python/eager/polymorphic_function/polymorphic_function.py, tf.function docstring and the tf.function guide (site/en/guide/function.ipynb, "add(tf.ones([2, 2]), tf.ones([2, 2]))  #  [[2., 2.], [2., 2.]]"; Python side effects such as print run only while tracing; a new dtype or shape retraces)
# mode: eager
import tensorflow as tf

@tf.function
def add(a, b):
  print("Tracing")
  return a + b

print(add(tf.ones([2, 2]), tf.ones([2, 2])))
print(add(tf.ones([2, 2]), tf.ones([2, 2])))
print(add.experimental_get_tracing_count())
print(add(tf.constant(1), tf.constant(2)))
print(add.experimental_get_tracing_count())
