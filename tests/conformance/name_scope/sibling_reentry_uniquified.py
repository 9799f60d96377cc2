# source: ops.py Graph.name_scope → unique_name; tf-semantics.md §2.1 / E1
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
with tf.name_scope("a") as s1:
    pass
with tf.name_scope("a") as s2:
    pass
with tf.name_scope("a") as s3:
    pass
print(s1, s2, s3)
