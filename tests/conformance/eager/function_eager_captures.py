# source: tensorflow/python/eager/polymorphic_function/polymorphic_function_test.py, testEagerCaptures (small EagerTensors are captured as Const, large ones (256 > _EAGER_CONST_THRESHOLD = 128) and variables as Placeholder); capture_container.py capture_by_value
# mode: eager
import tensorflow as tf
large_tensor = tf.ones((256,))
small_tensor = tf.ones((4,))
v = tf.Variable(0.0)
for captured in [large_tensor, small_tensor, v]:
  @tf.function
  def test_fn():
    return captured + 1
  cf = test_fn.get_concrete_function()
  print([t.op.type for t in cf.inputs], len(cf.captured_inputs))
  print(test_fn().shape)
print(test_fn())
