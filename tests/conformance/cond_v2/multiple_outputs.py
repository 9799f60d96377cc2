# source: cond_v2_test.py CondV2Test.testMultipleOutputs (true_fn returns (x * y, y), false_fn (x, y * 3.0) with x = 1.0, y = 3.0); cond_v2.py _build_cond (one Identity per output: cond/Identity, cond/Identity_1; outputs packed as the true branch's tuple)
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
pred = tf.placeholder(tf.bool, name="pred")
x = tf.constant(1.0, name="x")
y = tf.constant(3.0, name="y")
out = tf.cond(pred, lambda: (x * y, y), lambda: (x, y * 3.0))
print(type(out).__name__, [t.name for t in out])
op = out[0].op.inputs[0].op
print(op.name, op.type, [t.name for t in op.inputs])
with tf.Session() as sess:
    a, b = sess.run(out, {pred: True})
    print(a, b)
    a, b = sess.run(out, {pred: False})
    print(a, b)
