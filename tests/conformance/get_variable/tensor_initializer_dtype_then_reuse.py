# source: variable_scope.py get_variable: the variable takes the tensor's dtype, a reuse compares with the scope's float32; tf-semantics.md §4.3 dtype trap
# mode: graph
# expect-error: ValueError: Trying to share variable v, but specified dtype float32 and found dtype int32.
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
v = tf.get_variable("v", initializer=tf.constant(1))
print(v.dtype)
with tf.variable_scope(tf.get_variable_scope(), reuse=True):
    tf.get_variable("v")
