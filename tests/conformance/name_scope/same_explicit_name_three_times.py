# source: ops.py Graph.unique_name; ops_test.py NameTest.testGenerateName
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
names = [tf.constant(1.0, name="c").op.name for _ in range(3)]
print(names)
