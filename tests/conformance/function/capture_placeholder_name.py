# source: func_graph.py FuncGraph._create_op_internal (captures inputs inside the op's name scope) and capture_container.py _create_placeholder_helper (placeholder named after the external op, cached per tensor)
# mode: graph
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
outer = tf.compat.v1.placeholder(tf.float32, [], name="outer")
@tf.function
def f(v):
    return v * outer + outer
c = f.get_concrete_function(tf.constant(2.0))
print([op.name for op in c.graph.get_operations()])
print([t.name for t in c.captured_inputs])
print([t.name for t in c.inputs])
