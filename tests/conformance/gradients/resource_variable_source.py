# source: gradients_util._GradientsHelper: a resource variable in xs is replaced by x.handle; resource_variable_ops._ReadGrad passes the gradient through the ReadVariableOp to the handle
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
v = tf.Variable([1.0, 2.0], name="v", use_resource=True)
loss = tf.reduce_sum(v * v)
g = tf.gradients(loss, [v])[0]
print(g.name)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run(g))
