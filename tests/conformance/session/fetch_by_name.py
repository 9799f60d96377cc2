# source: session.py _ElementFetchMapper (a string fetch is looked up with as_graph_element)
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
c = tf.constant(5, name="c")
with tf.Session() as sess:
    print(sess.run("c:0"))
