# source: variable_scope.py variable_scope.__init__ (auxiliary_name_scope type check)
# mode: graph
# expect-error: TypeError: The auxiliary_name_scope must be `True` or `False`, while get yes
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
with tf.variable_scope("s", auxiliary_name_scope="yes"):
    pass
