# source: ops_test.py InitScopeTest.testPreservesNameScopeInGraphConstruction
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
with tf.Graph().as_default():
    function_graph = tf.Graph()
    with function_graph.as_default():
        with tf.name_scope("inner"), tf.init_scope():
            print(tf.get_default_graph().get_name_scope())
    print(repr(tf.get_default_graph().get_name_scope()))
