# source: session.py _FetchHandler._assert_fetchable (InaccessibleTensorError); control_flow_ops.py CondContext._AddOpInternal (op.graph.prevent_fetching(op) for ops inside a cond branch)
# mode: graph
# expect-error: InaccessibleTensorError: Operation v2/cond/read has been marked as not fetchable. Typically this happens when it is defined in another function or code block. Use return values, explicit Python locals or TensorFlow collections to access it.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
v1 = tf.Variable(10.0, name="v1")
v2 = tf.Variable(v1 + 1, name="v2")
with tf.Session() as sess:
    sess.run(tf.get_default_graph().get_tensor_by_name("v2/cond/read:0"))
