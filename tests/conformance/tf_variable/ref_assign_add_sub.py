# source: ref_variable.py RefVariable.assign / assign_add / assign_sub (state_ops.* with use_locking=False; read_value=False returns assign.op); state_ops.py assign_add / assign_sub (a ref goes to gen_state_ops with the caller's use_locking); gen_state_ops.py assign_add / assign_sub (ops "AssignAdd" / "AssignSub", use_locking defaults to False); op_def_library.py _apply_op_helper (inputs converted inside the op's name scope: "AssignAdd/value"); dense_update_ops.cc DenseUpdateOp (ADD / SUB in place); state_ops_test.py / variables_test.py testAssignments
# mode: graph
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
r = tf.compat.v1.Variable(3.0, name="r", use_resource=False)
up = r.assign_add(1.0)
print(up.name, up.op.type, [t.name for t in up.op.inputs], up.op.get_attr("use_locking"))
down = tf.compat.v1.assign_sub(r, 2.0, name="down")
print(down.name, down.op.type, down.op.get_attr("use_locking"))
op = r.assign(7.0, read_value=False)
print(type(op).__name__, op.name, op.get_attr("use_locking"), op.get_attr("validate_shape"))
with tf.compat.v1.Session() as s:
    s.run(r.initializer)
    print(s.run(up), s.run(up), s.run(down))
    s.run(op)
    print(s.run(r))
