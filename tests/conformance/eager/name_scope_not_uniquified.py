# source: ops.py name_scope_v2.__enter__ eager branch ("Names are not auto-incremented in eager mode"); tf-semantics.md E12
# mode: eager
import tensorflow as tf
with tf.name_scope("a") as s:
    print(s)
with tf.name_scope("a") as s:
    print(s)
for i in range(2):
    with tf.name_scope("x"):
        with tf.name_scope("x") as s:
            print(s)
