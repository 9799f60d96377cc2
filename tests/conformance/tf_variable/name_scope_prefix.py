# source: variables.py RefVariable._init_from_args (name_scope(name, 'Variable')): tf.Variable follows name scopes; tf-semantics.md §5.4
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
with tf.name_scope("ns"):
    v = tf.Variable(1.0, name="v")
    w = tf.Variable(1.0, name="v")
print(v.name, w.name)
