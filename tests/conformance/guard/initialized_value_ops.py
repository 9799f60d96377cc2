# source: variable_v1.py VariableV1.initialized_value (init_scope keeps the name scope and drops control dependencies); cond.py cond; variables_test.py testControlDepsNone (older versions: inited_x.op.control_inputs has no outer control input)
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
c = tf.constant(1.0, name="c")
v = tf.Variable([1.0, 2.0], name="v")
with tf.name_scope("outer"), tf.control_dependencies([c]):
    iv = v.initialized_value()
g = tf.get_default_graph()
for op in g.get_operations()[5:]:
    print(op.name, op.type, [i.name for i in op.control_inputs])
print(iv.name, iv.shape, iv.dtype)
print(g.is_fetchable(iv), g.is_fetchable(g.get_tensor_by_name("outer/cond/read:0")))
print(len(tf.get_collection("cond_context")))
with tf.Session() as sess:
    print(sess.run(iv))
