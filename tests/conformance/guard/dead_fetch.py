# source: function.cc FunctionCallFrame::ConsumeRetvals ("Retval[", i, "] does not have value") reported by direct_session.cc DirectSession::Run as InvalidArgument; error_interpolation.py interpolate_graph ("Graph execution error:" header); executor: a Switch's untaken output is dead and so is every op fed by it; graph of variables_test.py testInitializationOrder
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
rnd = tf.Variable(tf.zeros([2]), name="rnd")
dep = tf.Variable(rnd.initialized_value(), name="dep")
with tf.Session() as sess:
    try:
        sess.run(tf.get_default_graph().get_tensor_by_name("cond/read_dep:0"))
    except tf.errors.InvalidArgumentError as e:
        print(type(e).__name__)
        print(e)
    print(sess.run(tf.get_default_graph().get_tensor_by_name("cond/Merge_dep:0")))
