# source: resource_variable_ops.py ResourceVariable._init_from_args (the AssignVariableOp's value is variables._try_guard_against_uninitialized_dependencies(name, initial_value), called inside name_scope("Assign")); variables.py _safe_initial_value_from_op
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
v1 = tf.Variable(10.0, name="v1")
v2 = tf.get_variable("v2", initializer=v1 * 2, use_resource=True)
g = tf.get_default_graph()
names = [op.name for op in g.get_operations()]
for op in g.get_operations()[names.index("v2"):]:
    print(op.name, op.type, [t.name for t in op.inputs])
with tf.Session() as sess:
    sess.run(v2.initializer)
    print(sess.run(v2))
