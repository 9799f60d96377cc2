# source: seed 001 (tf.init_scope, r1.15 docs). In TF 2.x the example stops at tf.contrib, which no longer exists.
# expect-error: AttributeError: module 'tensorflow' has no attribute 'contrib'
import tensorflow as tf
tf.compat.v1.enable_eager_execution()

@tf.contrib.eager.defun
def func():
  # A defun-decorated function constructs TensorFlow graphs,
  # it does not execute eagerly.
  assert not tf.executing_eagerly()
  with tf.init_scope():
    # Initialization runs with eager execution enabled
    assert tf.executing_eagerly()
