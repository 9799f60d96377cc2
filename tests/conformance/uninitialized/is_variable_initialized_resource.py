# source: state_ops.py is_variable_initialized (resource: ResourceVariable.is_initialized → VarIsInitializedOp)
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
v = tf.Variable(1.0, name="v")
t = tf.is_variable_initialized(v)
print(t.op.name, t.op.type)
