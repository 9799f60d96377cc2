# source: resource_variable_ops.py BaseResourceVariable.__repr__ (eager); tf.Variable docs; default name "Variable"; 0-d values are numpy scalars, whose repr is numpy 2's (NEP 51: np.float32(1.0)), as TF's setup.py (numpy >= 1.26, < 2.2) installs numpy 2.1
# mode: eager
import tensorflow as tf
v = tf.Variable(1.0)
print(repr(v))
w = tf.Variable([1, 2], name="w")
print(repr(w))
