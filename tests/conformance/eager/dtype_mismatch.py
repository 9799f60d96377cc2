# source: eager fast-path input check ("cannot compute AddV2 as input #1(zero-based) was expected to be a float tensor but is a int32 tensor"); ops.py raise_from_not_ok_status; binary_op_wrapper name scope "add/"
# mode: eager
# expect-error: InvalidArgumentError: cannot compute AddV2 as input #1(zero-based) was expected to be a float tensor but is a int32 tensor [Op:AddV2] name: add/
import tensorflow as tf
tf.constant(2.0) + tf.constant(40)
