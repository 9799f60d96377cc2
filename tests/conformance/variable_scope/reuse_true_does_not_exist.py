# source: variable_scope.py _VariableStore._get_single_variable (reuse True, new name)
# mode: graph
# expect-error: ValueError: Variable scope/w does not exist, or was not created with tf.get_variable(). Did you mean to set reuse=tf.AUTO_REUSE in VarScope?
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
with tf.variable_scope("scope", reuse=True):
    tf.get_variable("w", [1])
