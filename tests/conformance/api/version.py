# source: tensorflow/python/framework/versions.py (__version__ = VERSION, tf_export("version.VERSION")); golden tensorflow/tools/api/golden/v2/tensorflow.version.pbtxt and v1 (VERSION is a str); the release ScopeFn models is a 2.x one (tf-semantics.md: TF 2.16)
# mode: eager
import tensorflow as tf
import tensorflow.compat.v1 as v1
print(tf.__version__ == tf.version.VERSION, v1.__version__ == tf.__version__)
print(type(tf.version.VERSION).__name__, tf.__version__.split(".")[0])
