# source: ops.py name_scope_v2.__enter__ in a graph: delegates to Graph.name_scope (uniquified)
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
import tensorflow as tf2
with tf.Graph().as_default():
    with tf2.name_scope("s") as a:
        pass
    with tf2.name_scope("s") as b:
        pass
print(a, b)
