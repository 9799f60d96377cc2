# source: resource_variable_ops.py ResourceVariable._init_from_args (Initializer under device(None); Assign and Read on the handle's device)
# mode: graph
import tensorflow as tf
with tf.Graph().as_default() as g:
    with tf.device("/job:ps/task:0"):
        v = tf.Variable(1.0, name="v")
for op in g.get_operations():
    print(op.name, repr(op.device))
print(v.device)
