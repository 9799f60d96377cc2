# source: variable_scope.py _get_default_variable_store (one store per graph): a new graph has an empty store
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
with tf.Graph().as_default():
    a = tf.get_variable("v", [1])
with tf.Graph().as_default():
    b = tf.get_variable("v", [1])
print(a.name, b.name, a.graph is b.graph)
