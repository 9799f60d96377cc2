# source: tensorflow/tools/api/golden/v1/tensorflow.pbtxt (01207a94): tf.compat.v1 carries the v1 API, so every name TF 2's top level lacks is reachable there; tensorflow/tools/api/golden/v1/tensorflow.-graph-keys.pbtxt for GraphKeys.GLOBAL_VARIABLES; ops.py GraphKeys.GLOBAL_VARIABLES = "variables"
# mode: graph
import tensorflow as tf
v1 = tf.compat.v1
v1.disable_eager_execution()
v1.reset_default_graph()
v1.set_random_seed(1)
with v1.variable_scope("s", reuse=v1.AUTO_REUSE):
    v = v1.get_variable("v", [1])
x = v1.placeholder(tf.float32, name="x")
v1.add_to_collection("k", x)
print(v.name, x.name, v1.get_default_graph() is v.graph)
print(v1.GraphKeys.GLOBAL_VARIABLES, [t.name for t in v1.get_collection("k")])
init = v1.global_variables_initializer()
with v1.Session() as sess:
    sess.run(init)
    print(sess.run(v).shape)
