# source: variable_scope.py _get_single_variable ('If initializer is a constant, do not specify shape.')
# mode: graph
# expect-error: ValueError: If initializer is a constant, do not specify shape.
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
tf.get_variable("v", [2], initializer=[1.0, 2.0])
