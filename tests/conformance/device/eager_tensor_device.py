# source: ops_test.py DeviceTest.testEagerBackingDevice; context.py _EagerDeviceContext (the local CPU device's full name)
# mode: eager
import tensorflow as tf
x = tf.constant(1.0)
with tf.device("/cpu:0"):
    y = tf.constant(2.0)
print(x.device)
print(y.device)
