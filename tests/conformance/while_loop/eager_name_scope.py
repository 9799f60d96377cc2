# source: while_loop.py while_loop runs inside ops.name_scope(name, "while", loop_vars) also when executing eagerly; eager name scopes are not uniquified (ops.py enter_eager_name_scope), and an eager tf.Variable is named from the scope (resource_variable_ops.py _init_from_args)
# mode: eager
import tensorflow as tf
def body(i):
    v = tf.Variable(1.0, name="v")
    print(v.name)
    return [i + 1]
tf.while_loop(lambda i: i < 2, body, [0])
tf.while_loop(lambda i: i < 1, body, [0], name="loop")
