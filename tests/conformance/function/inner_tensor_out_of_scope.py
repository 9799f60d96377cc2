# source: func_graph.py FuncGraph._validate_in_scope (InaccessibleTensorError for a tensor of a function graph nested in this one)
# mode: graph
# expect-error: InaccessibleTensorError: <tf.Tensor 'inner_c:0' shape=() dtype=float32> is out of scope and cannot be used here.
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
leak = []
@tf.function
def inner():
    c = tf.constant(1.0, name="inner_c")
    leak.append(c)
    return c
@tf.function
def outer():
    inner()
    return leak[0] + 1.0
outer()
