# source: placeholder_op: 'You must feed a value for placeholder tensor' (InvalidArgumentError)
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
x = tf.placeholder(tf.float32, shape=[2], name="x")
with tf.Session() as sess:
    try:
        sess.run(x + 1.0)
    except tf.errors.InvalidArgumentError as e:
        print("You must feed a value for placeholder tensor 'x' with dtype float and shape [2]" in str(e))
