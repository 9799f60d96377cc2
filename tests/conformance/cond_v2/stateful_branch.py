# source: cond_v2.py _build_cond (gen_functional_ops._if when a branch holds a stateful op, stateless_if otherwise; output_shapes from _get_output_shapes); random_ops.cc RandomUniform (SetIsStateful); cond.py cond (after disable_control_flow_v2 the v1 Switch/Merge cond: cond_1/Merge); control_flow_v2_toggles.py control_flow_v2_enabled
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
pred = tf.placeholder(tf.bool, [], name="pred")
out = tf.cond(pred, lambda: tf.random_uniform([2]), lambda: tf.zeros([2]))
op = out.op.inputs[0].op
print(op.name, op.type, [t.name for t in op.inputs], op.get_attr("Tin"), op.outputs[0].shape)
out = tf.cond(pred, lambda: tf.ones([2]), lambda: tf.zeros([3]))
op = out.op.inputs[0].op
print(op.name, op.type, op.outputs[0].shape, out.shape)
tf.disable_control_flow_v2()
print(tf.control_flow_v2_enabled())
out = tf.cond(pred, lambda: tf.ones([2]), lambda: tf.zeros([2]))
print(out.name, out.op.type)
with tf.Session() as sess:
    print(sess.run(out, {pred: True}))
