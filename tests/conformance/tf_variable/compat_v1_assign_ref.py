# source: state_ops.py assign (a ref variable goes to gen_state_ops.assign); gen_state_ops.py assign (op "Assign", use_locking and validate_shape default to True); op_def_library.py _apply_op_helper (inputs converted inside the op's name scope, named after the input arg: "Assign/value"); state_ops_test.py / variables_test.py testAssignments (the assigned value is fetched, and the variable keeps it)
# mode: graph
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
v = tf.compat.v1.Variable(1.0, name="v", use_resource=False)
a = tf.compat.v1.assign(v, 3.0)
print(a.name, a.op.type, [t.name for t in a.op.inputs])
print(a.op.get_attr("use_locking"), a.op.get_attr("validate_shape"))
b = tf.compat.v1.assign(v, 5.0, use_locking=False, name="set")
print(b.name, b.op.get_attr("use_locking"))
with tf.compat.v1.Session() as s:
    s.run(v.initializer)
    print(s.run(v), s.run(a), s.run(v))
    print(s.run(b), s.run(v))
