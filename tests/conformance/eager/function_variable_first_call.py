# source: tf.function guide (site/en/guide/function.ipynb, "Creating tf.Variables": variables may be created on the first call only, and later calls reuse them); polymorphic_function.py _initialize
# mode: eager
import tensorflow as tf

v = None
@tf.function
def f(x):
  global v
  if v is None:
    v = tf.Variable(1.0)
  v.assign_add(x)
  return v.read_value()

print(f(tf.constant(2.0)))
print(f(tf.constant(3.0)))
print(v)
