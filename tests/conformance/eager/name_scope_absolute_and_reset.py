# source: ops.py name_scope_v2 / internal_name_scope_v1 eager branches (trailing slash absolute, empty name resets)
# mode: eager
import tensorflow as tf
with tf.name_scope("a"):
    with tf.name_scope("b/") as s:
        print(s)
    with tf.compat.v1.name_scope("") as s:
        print(repr(s), repr(tf.get_current_name_scope()))
    print(tf.get_current_name_scope())
