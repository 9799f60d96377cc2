# source: variables_test.py VariablesTestCase.testInitializationOrder; random_ops.py random_uniform (float defaults: the RandomUniform op's output is the result) (dep = Variable(initialized_value(rnd)); the guard then replaces rnd inside rnd's own initialized_value cond, copying cond/read/Switch (RefSwitch → Switch), cond/read and cond/Merge with the suffix _dep)
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
rnd = tf.Variable(tf.random_uniform([3, 6]), name="rnd")
dep = tf.Variable(rnd.initialized_value(), name="dep")
g = tf.get_default_graph()
names = [op.name for op in g.get_operations()]
for op in g.get_operations()[names.index("dep"):]:
    print(op.name, op.type, [t.name for t in op.inputs])
print(dep.name, dep.shape)
