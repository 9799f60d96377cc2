# source: variables.py _try_guard_against_uninitialized_dependencies / _safe_initial_value_from_op (copies named op.name + "_" + the variable's scope); variable_v1.py VariableV1.initialized_value (init_scope + cond.cond); cond.py cond (control flow v2 is on in TF 2.x unless disable_control_flow_v2 / disable_v2_behavior: cond_v2); cond_v2.py cond_v2 / _build_cond (StatelessIf when no branch op is stateful, named by the scope v2/cond, inputs pred then the captures v1 (read_value) and v1/initial_value, Tin/Tout, _lower_using_switch_merge, _read_only_resource_inputs, If op unfetchable, output v2/cond/Identity)
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
v1 = tf.Variable(10.0, name="v1", use_resource=False)
v2 = tf.Variable(v1 + 1, name="v2", use_resource=False)
g = tf.get_default_graph()
for op in g.get_operations():
    print(op.name, op.type, [t.name for t in op.inputs])
c = g.get_operation_by_name("v2/cond")
print(c.get_attr("Tcond"), c.get_attr("Tin"), c.get_attr("Tout"))
print(c.get_attr("_lower_using_switch_merge"), c.get_attr("_read_only_resource_inputs"))
print(c.get_attr("then_branch").name.rstrip("0123456789"), c.get_attr("else_branch").name.rstrip("0123456789"))
print(c.outputs[0].shape, g.is_fetchable(c), g.is_fetchable(c.outputs[0]), g.is_fetchable(g.get_tensor_by_name("v2/cond/Identity:0")))
print(v2.initial_value.name, v2.initializer.inputs[1].name)
print(tf.control_flow_v2_enabled())
