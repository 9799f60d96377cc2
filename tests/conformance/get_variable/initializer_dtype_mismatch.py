# source: variable_scope.py VariableScope.get_variable (explicit dtype vs value initializer)
# mode: graph
# expect-error: ValueError: Initializer type '<dtype: 'int32'>' and explicit dtype '<dtype: 'float32'>' don't match.
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
tf.get_variable("v", initializer=tf.constant(1), dtype=tf.float32)
