# source: variables_test.py VariablesTestCase.testInitialization (assertRaisesOpError 'Attempting to use uninitialized value'); tf-semantics.md §11.3
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
v = tf.Variable(1.0, name="v")
with tf.Session() as sess:
    try:
        sess.run(v)
    except tf.errors.FailedPreconditionError as e:
        print(type(e).__name__, "Attempting to use uninitialized value v" in str(e))
