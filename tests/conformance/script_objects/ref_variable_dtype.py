# source: ref_variable.py RefVariable.dtype (self._variable.dtype, the ref type) and __repr__; dtypes.py DType._as_ref / base_dtype / __eq__ (type enums differ); variables_test.py VariablesTestCase.testRepr ("<tf.Variable 'noop:0' shape=(5, 5) dtype=float32_ref>")
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
v = tf.Variable(tf.zeros([5, 5]), name="noop")
print(repr(v))
print(v.dtype, repr(v.dtype), v.dtype.name)
print(v.dtype.base_dtype, v.dtype == tf.float32, v.dtype.base_dtype == tf.float32)
print(v.op.outputs[0].dtype, v.value().dtype)
