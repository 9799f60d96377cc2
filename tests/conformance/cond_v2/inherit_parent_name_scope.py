# source: cond_v2_test.py CondV2Test.testInheritParentNameScope (inside a tf.function the branches see the name scope foo/cond: control_flow_v2_func_graphs.py ControlFlowFuncGraph overrides the branch graph name stack when executing eagerly outside functions)
# mode: eager
import tensorflow as tf

@tf.function
def f():
    with tf.name_scope("foo"):
        def then_branch():
            with tf.name_scope("then"):
                print(tf.get_current_name_scope())
            return 0.
        def else_branch():
            with tf.name_scope("else"):
                print(tf.get_current_name_scope())
            return 0.
        return tf.cond(tf.constant(True), then_branch, else_branch)

print(f())
