# source: variables.py variables_initializer (group of the initializers named init)
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
a = tf.Variable(1.0, name="a")
b = tf.Variable(2.0, name="b")
init = tf.variables_initializer([a, b])
print(init.name, init.type, sorted([op.name for op in init.control_inputs]))
