# source: variables_test.py VariablesTestCase.testInitialization (Variable:0, Variable_1:0)
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
var0 = tf.Variable(0.0)
var1 = tf.Variable(1.1)
print(var0.name, var1.name, var0.shape)
