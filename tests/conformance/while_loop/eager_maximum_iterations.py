# source: while_loop.py while_loop: with maximum_iterations the loop variables become (counter, loop_vars), cond is logical_and(i < maximum_iterations, cond(...)), body returns (i + 1, body(...)), and the result is loop_vars[1]; eagerly maximum_iterations = int(maximum_iterations.numpy())
# mode: eager
import tensorflow as tf
print(tf.while_loop(lambda i: i < 100, lambda i: [i + 1], [0], maximum_iterations=4)[0].numpy())
print(tf.compat.v1.while_loop(lambda i: i < 100, lambda i: i + 1, [0], maximum_iterations=7).numpy())
print(tf.while_loop(lambda i: i < 2, lambda i: [i + 1], [0], maximum_iterations=7)[0].numpy())
