# source: ops.py _EagerTensorBase.__len__ ("Scalar tensor has no `len()`")
# mode: eager
# expect-error: TypeError: Scalar tensor has no `len()`
import tensorflow as tf
len(tf.constant(1.0))
