# source: resource_variable_ops.py ResourceVariable._init_from_args (Initializer/initial_value, VarHandleOp, IsInitialized, Assign, Read); tf-semantics.md §5.3
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
v = tf.Variable(1.0, name="v")
print([(op.name, op.type) for op in tf.get_default_graph().get_operations()])
print(type(v).__name__, v.initializer.name)
