# source: variable_scope.py _get_default_initializer (no default for complex dtypes)
# mode: graph
# expect-error: ValueError: An initializer for variable v of <dtype: 'complex64'> is required
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
tf.get_variable("v", [1], dtype=tf.complex64)
