# source: func_graph.py FuncGraph (a new graph: its name stack starts empty); tf-semantics.md §8.3; outputs pass through Identity (auto_control_deps.py mark_as_return)
# mode: graph
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
@tf.function
def f(x):
    print(tf.compat.v1.get_default_graph().get_name_scope() == "")
    return tf.identity(x, name="y"), x + 1.0
with tf.name_scope("outer"):
    r = f(tf.constant(1.0))
c = f.get_concrete_function(tf.constant(1.0))
print([op.name for op in c.graph.get_operations()])
print([t.name for t in r])
