# source: variables.py VariableV1 (trainable False → GLOBAL_VARIABLES only)
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
a = tf.Variable(1.0, name="a")
b = tf.Variable(1.0, name="b", trainable=False)
print([v.name for v in tf.global_variables()], [v.name for v in tf.trainable_variables()])
