# source: context.py default_execution_mode (EAGER_MODE in TF 2.x); tf.executing_eagerly docstring
# mode: eager
import tensorflow as tf
print(tf.executing_eagerly())
