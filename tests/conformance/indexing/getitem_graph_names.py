# source: tensor_getitem_override.py _slice_helper (name_scope "strided_slice"; begin/end/strides packed by stack; an int index sets the shrink bit, an omitted bound its begin/end mask bit); array_ops.cc StridedSliceShapeFn
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
x = tf.placeholder(tf.float32, [4, 5, 6], name="x")
s = x[1, :3, ::-2]
print(s)
print([op.name for op in tf.get_default_graph().get_operations()])
op = s.op
print(op.type, op.get_attr("begin_mask"), op.get_attr("end_mask"), op.get_attr("shrink_axis_mask"))
t = x[..., 0, tf.newaxis]
print(t)
print(t.op.get_attr("ellipsis_mask"), t.op.get_attr("new_axis_mask"), t.op.get_attr("shrink_axis_mask"))
