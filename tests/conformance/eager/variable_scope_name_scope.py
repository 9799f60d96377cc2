# source: variable_scope.py variable_scope.__enter__ (no graph entered while eager) and _enter_scope_uncached (ops.name_scope, eager: not uniquified)
# mode: eager
import tensorflow as tf
for i in range(2):
    with tf.compat.v1.variable_scope("foo"):
        print(tf.Variable(1.0, name="w").name, tf.get_current_name_scope())
