# source: seed 003 (variable_scope docstring), example 2: auxiliary_name_scope=False + name_scope(original_name_scope)
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

with tf.compat.v1.variable_scope("foo") as vs:
  pass

# Re-enter the variable scope.
with tf.compat.v1.variable_scope(vs,
                       auxiliary_name_scope=False) as vs1:
  # Restore the original name_scope.
  with tf.name_scope(vs1.original_name_scope):
      v = tf.compat.v1.get_variable("v", [1])
      assert v.name == "foo/v:0"
      c = tf.constant([1], name="c")
      assert c.name == "foo/c:0"
print(v.name, c.name)
