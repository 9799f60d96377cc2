# source: array_ops.py where_v2 docstring (tf.where([True, False, False, True], [1,2,3,4], [100,200,300,400]) => [1, 200, 300, 4]; tf.where([True, False, False, True]) => [[0], [3]] int64); graph names: scope Where (condition converted inside), SelectV2
# mode: eager
import tensorflow as tf
print(tf.where([True, False, False, True], [1, 2, 3, 4], [100, 200, 300, 400]))
print(tf.where([True, False, False, True]))
g = tf.Graph()
with g.as_default():
    c = tf.compat.v1.placeholder(tf.bool, [4], name="c")
    tf.where(c)
    tf.where(c, 1.0, 0.0)
    print([op.name for op in g.get_operations()])
