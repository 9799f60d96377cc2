# source: ops.py inside_function (get_default_graph().building_function)
# mode: graph
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
@tf.function
def f():
    print(tf.inside_function())
    return tf.constant(1)
print(tf.inside_function())
f()
