# source: variable_scope.py _VariableStore._get_single_variable (a reused name returns found_var = self._vars[name], the object created first); variable_scope docstring ("assert v1 == v")
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
with tf.variable_scope("foo"):
    v = tf.get_variable("v", [1])
with tf.variable_scope("foo", reuse=True):
    v1 = tf.get_variable("v", [1])
print(v1 is v, v1 == v)
print(tf.global_variables()[0] is v)
print(v.op.outputs[0] is v.op.outputs[0], v.op is v.op)
