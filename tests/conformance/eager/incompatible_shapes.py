# source: cwise_ops_common BCast ("Incompatible shapes: [2] vs. [3]"); eager status text (wrapped function prefix, [Op:AddV2]) and ops.py raise_from_not_ok_status (" name: ", math_ops.add passes "Add/")
# mode: eager
# expect-error: InvalidArgumentError: {{function_node __wrapped__AddV2_device_/job:localhost/replica:0/task:0/device:CPU:0}} Incompatible shapes: [2] vs. [3] [Op:AddV2] name: Add/
import tensorflow as tf
tf.add(tf.constant([1.0, 2.0]), tf.constant([1.0, 2.0, 3.0]))
