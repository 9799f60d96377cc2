# source: resource_variable_ops.py _init_from_args (eager: name from the eager name scope, shared_name None); tf-semantics.md E12
# mode: eager
import tensorflow as tf
with tf.name_scope("x"):
    a = tf.Variable(1.0, name="v")
    b = tf.Variable(2.0, name="v")
print(a.name, b.name, a is b)
