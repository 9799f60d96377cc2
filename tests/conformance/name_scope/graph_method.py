# source: ops.py Graph.name_scope (the method behind tf.compat.v1.name_scope in graphs); ops_test.py NameTest.testNameScope
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
g = tf.Graph()
with g.as_default():
    with g.name_scope("nested") as scope:
        c = tf.constant(1.0, name="c")
print(scope, c.op.name)
