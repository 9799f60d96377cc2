# source: while_loop.py while_loop: if not callable(cond): raise TypeError("'cond' must be callable.")
# mode: eager
# expect-error: TypeError: 'cond' must be callable.
import tensorflow as tf
tf.while_loop(True, lambda i: i + 1, [0])
