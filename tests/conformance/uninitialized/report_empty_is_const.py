# source: variables.py report_uninitialized_variables (no variables → constant([], string) in the scope)
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
r = tf.report_uninitialized_variables()
print(r.op.name, r.op.type, r.shape)
