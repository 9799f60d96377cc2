# source: resource_variable_ops.py BaseResourceVariable.assign: "Cannot assign value to variable '{tensor_name}': Shape mismatch.The variable shape {self._shape}, and the assigned value shape {value_tensor.shape} are incompatible." with tensor_name = " " + str(self.name); resource_variable_ops_test.py testAssignIncompatibleShape
# mode: graph
# expect-error: ValueError: Cannot assign value to variable ' v:0': Shape mismatch.The variable shape (2,), and the assigned value shape (3,) are incompatible.
import tensorflow as tf
with tf.Graph().as_default():
    v = tf.Variable([1.0, 2.0], name="v")
    v.assign([1.0, 2.0, 3.0])
