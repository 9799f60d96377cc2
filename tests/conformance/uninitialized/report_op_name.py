# source: variables.py report_uninitialized_variables (name scope 'report_uninitialized_variables'; result of boolean_mask)
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
tf.Variable(1.0, name="v")
r = tf.report_uninitialized_variables()
print(r.name, r.dtype)
