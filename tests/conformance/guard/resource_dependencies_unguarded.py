# source: variables.py _safe_initial_value_from_op (ReadVariableOp is returned unchanged, so reads of resource variables are never replaced; TF 2.x graph mode makes resource variables)
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
v1 = tf.Variable(10.0, name="v1")
v2 = tf.Variable(v1.read_value() + 1, name="v2")
ops = [op.type for op in tf.get_default_graph().get_operations()]
print("IsVariableInitialized" in ops, "Switch" in ops, "Merge" in ops)
print(v2.initializer.inputs[1].name == v2.initial_value.name)
