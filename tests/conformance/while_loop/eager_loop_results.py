# source: while_loop.py while_loop (executing eagerly: the loop runs in Python; a body result that is not a list/tuple is wrapped in the loop_vars' sequence type; try_to_pack only when len(loop_vars) == 1 and not return_same_structure; the leaves come back through ops.convert_to_tensor) and while_loop_v2 (tf.while_loop passes return_same_structure=True); the docstring example i = tf.constant(0); c = lambda i: tf.less(i, 10); b = lambda i: tf.add(i, 1) gives 10
# mode: eager
import tensorflow as tf
i = tf.constant(0)
r = tf.while_loop(lambda i: i < 10, lambda i: tf.add(i, 1), [i])
print(type(r).__name__, r[0].numpy())
x, y = tf.while_loop(lambda x, y: x < 5, lambda x, y: (x + 1, y * 2), (0, 1))
print(x.numpy(), y.numpy(), x.dtype)
print(tf.compat.v1.while_loop(lambda i: i < 3, lambda i: i + 1, [0]).numpy())
t = tf.compat.v1.while_loop(lambda i: i < 3, lambda i: i + 1, (0,), return_same_structure=True)
print(type(t).__name__, t[0].numpy())
