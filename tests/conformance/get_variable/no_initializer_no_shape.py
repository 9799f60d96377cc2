# source: variable_scope.py _get_single_variable (no initializer needs a shape)
# mode: graph
# expect-error: ValueError: Variable v did not get an initializer, so its `shape` argument must be specified.
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
tf.get_variable("v")
