# source: resource_variable_ops.py BaseResourceVariable.assign / assign_add / assign_sub (the value converted first with ops.convert_to_tensor(value, dtype=self.dtype), so a Python float is a "Const"; gen_resource_variable_ops AssignVariableOp / AssignAddVariableOp / AssignSubVariableOp; validate_shape = self._validate_shape and self._shape.is_fully_defined() under forward_compatible(2022, 3, 23); read_value=False returns the op); _lazy_read → _UnreadVariable (outside functions its graph element is a ReadVariableOp under control_dependencies([parent_op]); .name is the parent op's name in graph mode; .op is the parent op; __repr__ in graph mode "<tf.Variable '%s' shape=%s dtype=%s>"); resource_variable_ops_test.py testAssignAdd / testAssignSub (values fetched after each update)
# mode: graph
import tensorflow as tf
with tf.Graph().as_default() as g:
    v = tf.Variable(1.0, name="v")
    inc = v.assign_add(2.0)
    print(type(inc).__name__, inc.name, inc.op.name, inc.op.type)
    print(repr(inc))
    print([t.name for t in inc.op.inputs])
    read = g.get_operation_by_name("ReadVariableOp")
    print([op.name for op in read.control_inputs])
    dec = v.assign_sub(0.5, name="dec")
    print(dec.name, dec.op.type)
    set_op = v.assign(10.0, read_value=False)
    print(type(set_op).__name__, set_op.name, set_op.type, set_op.get_attr("validate_shape"))
    with tf.compat.v1.Session() as sess:
        sess.run(v.initializer)
        print(sess.run(inc), sess.run(inc), sess.run(dec))
        sess.run(set_op)
        print(sess.run(v))
