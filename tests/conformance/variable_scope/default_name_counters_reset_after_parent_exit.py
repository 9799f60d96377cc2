# source: variable_scope.py _pure_variable_scope.__exit__ → _VariableScopeStore.close_variable_subscopes (the parent's exit resets its children's default-name counts)
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
with tf.variable_scope("p"):
    with tf.variable_scope(None, "x") as a:
        pass
with tf.variable_scope("p"):
    with tf.variable_scope(None, "x") as b:
        pass
print(a.name, b.name)
