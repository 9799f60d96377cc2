# source: device_spec_test.py test_to_from_string, test_combine, test_replace; device_spec.py DeviceSpecV2.__repr__
# mode: eager
import tensorflow as tf
d = tf.DeviceSpec.from_string("/replica:1/task:0/cpu:0")
print(d.to_string(), d.replica, d.task, d.device_type, d.device_index)
d = tf.DeviceSpec.from_string("/job:foo/replica:0").make_merged_spec(tf.DeviceSpec.from_string("/task:1/device:GPU:2"))
print(d.to_string())
d = tf.DeviceSpec().replace(job="foo").replace(task=3).replace(device_type="CPU", device_index=0)
print(d.to_string())
print(tf.DeviceSpec(job="foo", replica=12, task=3, device_type="GPU").to_string())
print(tf.DeviceSpec(job="ps", device_type="gpu", device_index=0) == tf.DeviceSpec.from_string("/job:ps/gpu:0"))
print(repr(tf.DeviceSpec(job="ps", device_type="GPU", device_index=0)))
