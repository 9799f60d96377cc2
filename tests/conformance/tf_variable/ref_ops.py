# source: variables.py RefVariable._init_from_args (S/initial_value, S, S/Assign, S/read); tf-semantics.md §5.2
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
v = tf.Variable(1.0, name="v")
print([op.name for op in tf.get_default_graph().get_operations()])
print(type(v).__name__, v.initializer.name, v.value().name)
