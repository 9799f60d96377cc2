# source: ops.py init_scope (eager fast path: only stop_recording; the eager name scope is untouched); tf-semantics.md §7.1 step 1
# mode: eager
import tensorflow as tf
with tf.name_scope("a"):
    with tf.init_scope():
        print(tf.executing_eagerly(), tf.get_current_name_scope())
