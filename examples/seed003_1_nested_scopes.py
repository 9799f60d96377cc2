# source: seed 003 (tf.compat.v1.variable_scope docstring), example 1; variable_scope.py
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

with tf.compat.v1.variable_scope("foo"):
    with tf.compat.v1.variable_scope("bar"):
        v = tf.compat.v1.get_variable("v", [1])
        assert v.name == "foo/bar/v:0"
print(v.name)
