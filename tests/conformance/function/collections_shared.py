# source: func_graph.py FuncGraph.__init__ (ALLOWLIST_COLLECTIONS shared by reference via get_collection_ref; other keys copied with get_collection)
# mode: graph
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
tf.compat.v1.add_to_collection("mine", tf.constant(1.0, name="a"))
@tf.function
def f():
    tf.compat.v1.add_to_collection("mine", tf.constant(2.0, name="b"))
    tf.compat.v1.add_to_collection(tf.compat.v1.GraphKeys.GLOBAL_VARIABLES, tf.constant(3.0, name="c"))
    print([t.name for t in tf.compat.v1.get_collection("mine")])
    return tf.constant(0)
f()
print([t.name for t in tf.compat.v1.get_collection("mine")])
print([t.name for t in tf.compat.v1.get_collection(tf.compat.v1.GraphKeys.GLOBAL_VARIABLES)])
