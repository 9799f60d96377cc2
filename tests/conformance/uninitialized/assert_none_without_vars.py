# source: variables.py assert_variables_initialized (no variables → None)
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
print(tf.assert_variables_initialized())
