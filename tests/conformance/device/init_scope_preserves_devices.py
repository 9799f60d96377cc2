# source: ops_test.py InitScopeTest.testPreservesDevices (init_scope lifts ops with the function graph's device stack)
# mode: graph
import tensorflow as tf
g0 = tf.Graph()
with g0.as_default(), tf.device("CPU:0"):
    @tf.function
    def f():
        with tf.device("GPU:0"):
            with tf.init_scope():
                on_gpu = tf.constant(1.0, name="on_gpu")
            print(on_gpu.graph is g0, on_gpu.device)
            still_on_gpu = tf.constant(1.0, name="still_on_gpu")
            print(still_on_gpu.device)
        return still_on_gpu
    f()
    on_cpu = tf.constant(1.0, name="on_cpu")
    print(on_cpu.device)
