# source: concrete_function.py ConcreteFunction._call_flat (args = tensor_inputs + captured_inputs)
# mode: graph
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
w = tf.constant(3.0, name="w")
@tf.function
def f(x):
    return x * w
y = f(tf.constant(2.0, name="x"))
print([t.name for t in y.op.inputs])
with tf.compat.v1.Session() as sess:
    print(sess.run(y))
