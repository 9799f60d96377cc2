# source: context.py executing_eagerly (False after disable_eager_execution)
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
print(tf.executing_eagerly())
