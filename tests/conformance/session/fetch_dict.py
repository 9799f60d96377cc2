# source: session_test.py SessionTest.testFetchDict (a dict of fetches gives a dict of values)
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
a = tf.constant(1)
b = tf.constant([2, 3])
with tf.Session() as sess:
    r = sess.run({"a": a, "b": b})
print(r["a"], r["b"])
