# source: cond_v2_test.py CondV2Test.testDefaultName / _createCond (op name cond, foo/cond, foo/cond_1; then_branch / else_branch named cond_true_N, foo_cond_true_N, foo_cond_1_true_N: control_flow_util_v2.py unique_fn_name); cond_v2.py _build_cond (outputs read through Identity in the cond scope; inputs are pred then the captured tensors, x captured by both branches once)
# mode: eager
import tensorflow as tf

def create_cond(name):
    pred = tf.constant(True, name="pred")
    x = tf.constant(1.0, name="x")
    output = tf.cond(pred, lambda: x, lambda: x + 1, name=name)
    return output, output.op.inputs[0].op

with tf.Graph().as_default():
    out, op = create_cond(None)
    print(out.name, op.name, op.type)
    print(op.get_attr("then_branch").name.rstrip("0123456789"), op.get_attr("else_branch").name.rstrip("0123456789"))
    print([t.name for t in op.inputs])

with tf.Graph().as_default():
    with tf.name_scope("foo"):
        _, op1 = create_cond("")
        print(op1.name, op1.get_attr("then_branch").name.rstrip("0123456789"), op1.get_attr("else_branch").name.rstrip("0123456789"))
        _, op2 = create_cond(None)
        print(op2.name, op2.get_attr("then_branch").name.rstrip("0123456789"), op2.get_attr("else_branch").name.rstrip("0123456789"))
