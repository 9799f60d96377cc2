# source: variables.py global_variables_initializer (graph: variables_initializer(global_variables()) → init, init_1 ...)
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
tf.Variable(1.0)
print(tf.global_variables_initializer().name, tf.global_variables_initializer().name)
