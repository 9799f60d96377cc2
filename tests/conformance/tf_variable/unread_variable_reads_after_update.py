# source: resource_variable_ops.py _UnreadVariable: value() / read_value() and tensor conversion go through _read_variable_op, a new ReadVariableOp under control_dependencies([self._parent_op]) each time; its assign* run under control_dependencies([self._parent_op]) too, so the converted delta Const gets the control input and the update, whose input was created in the block, is dominated (ops.py _control_dependencies_for_inputs)
# mode: graph
import tensorflow as tf
with tf.Graph().as_default():
    v = tf.Variable(1.0, name="v")
    inc = v.assign_add(1.0)
    y = inc * 3.0
    r = y.op.inputs[0]
    print(r.name, r.op.type, [op.name for op in r.op.control_inputs])
    twice = inc.assign_add(1.0)
    print(twice.name, [op.name for op in twice.op.control_inputs], twice.op.inputs[1].op.name, [op.name for op in twice.op.inputs[1].op.control_inputs])
    print(inc.value().name)
    with tf.compat.v1.Session() as sess:
        sess.run(v.initializer)
        print(sess.run(y))
        print(sess.run(twice))
