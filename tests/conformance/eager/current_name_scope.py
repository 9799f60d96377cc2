# source: ops.py get_current_name_scope (eager: ctx.scope_name.rstrip("/"))
# mode: eager
import tensorflow as tf
with tf.name_scope("outer"):
    with tf.name_scope("inner"):
        print(tf.get_current_name_scope())
print(repr(tf.get_current_name_scope()))
