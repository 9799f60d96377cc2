# source: op_def_library.py _apply_op_helper (name defaults to the op type) + ops.py unique_name
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
a = tf.constant(1.0)
b = tf.constant(2.0)
c = tf.constant(3.0)
print(a.op.name, b.op.name, c.op.name)
