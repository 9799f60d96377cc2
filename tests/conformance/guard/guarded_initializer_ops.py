# source: variables.py _try_guard_against_uninitialized_dependencies / _safe_initial_value_from_op (copies named op.name + "_" + the variable's scope, made verbatim by create_op); variable_v1.py VariableV1.initialized_value (init_scope + cond(is_variable_initialized(v), v.read_value, lambda: v.initial_value)); cond.py cond (Switch, switch_t, switch_f, pred_id, Merge); control_flow_ops.py CondContext.AddValue / _ProcessOutputTensor / _SwitchRefOrTensor (RefSwitch for a ref input)
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
v1 = tf.Variable(10.0, name="v1")
v2 = tf.Variable(v1 + 1, name="v2")
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, [t.name for t in op.inputs])
print(v2.initial_value.name)
