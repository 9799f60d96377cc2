# source: while_loop.py while_loop: inside the name scope, if not loop_vars: raise ValueError("'loop_vars' must be provided.")
# mode: eager
# expect-error: ValueError: 'loop_vars' must be provided.
import tensorflow as tf
tf.while_loop(lambda: True, lambda: [], [])
