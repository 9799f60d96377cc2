# source: variable_scope.py VariableScope.get_variable (eager: reuse=False) and _VariableStore (nothing stored without EagerVariableStore); tf-semantics.md §8.5, E12
# mode: eager
import tensorflow as tf
with tf.compat.v1.variable_scope("foo"):
    a = tf.compat.v1.get_variable("v", [1])
    b = tf.compat.v1.get_variable("v", [1])
print(a.name, b.name, a is b)
