# source: resource_variable_ops.py BaseResourceVariable._dense_var_to_tensor → value() → _read_variable_op() (a new ReadVariableOp, no cached value without caching_device); op_def_library.py _apply_op_helper converts inputs inside the wrapper's name_scope(op type); array_ops.identity passes resource variables to gen_array_ops.identity
# mode: graph
import tensorflow as tf
with tf.Graph().as_default() as g:
    v = tf.Variable(1.0, name="v")
    y = tf.identity(v)
    z = tf.identity(v)
    print([op.name for op in g.get_operations()][-4:])
    print(y.op.inputs[0].op.name, z.op.inputs[0].op.type)
