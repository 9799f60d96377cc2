# source: dense_update_ops.cc DenseUpdateOp::Compute: FailedPrecondition "Attempting to use uninitialized parameters: " + requested_input(0), the node's first input ("r"); variables_test.py testInitialization (assertRaisesOpError on the message)
# mode: graph
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
r = tf.compat.v1.Variable(3.0, name="r", use_resource=False)
up = r.assign_add(1.0)
with tf.compat.v1.Session() as s:
    try:
        s.run(up)
    except tf.errors.FailedPreconditionError as e:
        print(type(e).__name__, "Attempting to use uninitialized parameters: r" in str(e))
    s.run(r.initializer)
    print(s.run(up))
