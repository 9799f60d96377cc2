# source: state_ops.py is_variable_initialized (ref: IsVariableInitialized op)
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
v = tf.Variable(1.0, name="v")
t = tf.is_variable_initialized(v)
with tf.Session() as sess:
    print(t.op.type, sess.run(t))
    sess.run(v.initializer)
    print(sess.run(t))
