# source: array_ops.transpose (scope "transpose"; without perm np.arange(rank - 1, -1, -1) converted as transpose/perm), gen_array_ops.expand_dims (ExpandDims/dim), size/rank (optimize=True: Consts named Size/Rank), zeros_like_impl (zeros(shape, name=scope): one Const zeros_like), ones_like_impl (ones_like/Shape, ones_like/Const, Fill ones_like)
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
x = tf.placeholder(tf.float32, [2, 3], name="x")
t = tf.transpose(x)
e = tf.expand_dims(x, -1)
tf.size(x)
tf.rank(x)
tf.zeros_like(x)
o = tf.ones_like(x)
print(t, e)
print([op.name for op in tf.get_default_graph().get_operations()])
print(o.op.type)
