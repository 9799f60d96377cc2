# source: variable_scope.py VariableScope.__init__ (root: name '', reuse False, dtype float32)
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
s = tf.get_variable_scope()
print(repr(s.name), s.reuse, s.dtype, repr(s.original_name_scope))
