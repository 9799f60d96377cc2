# source: variables.py variables_initializer (empty list → no_op named init)
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
init = tf.variables_initializer([])
print(init.name, init.type, init.control_inputs)
