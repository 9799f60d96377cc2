# source: variable_scope_test.py VariableScopeTest.testVarScopeObjectReuse
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
with tf.variable_scope("jump", reuse=True) as scope:
    vs = scope
with tf.variable_scope(vs) as jump:
    print(jump.reuse)
with tf.variable_scope(vs, reuse=True) as jump_reuse:
    print(jump_reuse.reuse)
with tf.variable_scope(vs, reuse=False) as jump_no_reuse:
    print(jump_no_reuse.reuse)
with tf.variable_scope("jump", reuse=False) as scope:
    vs = scope
with tf.variable_scope(vs) as jump:
    print(jump.reuse)
with tf.variable_scope(vs, reuse=True) as jump_reuse:
    print(jump_reuse.reuse)
with tf.variable_scope(vs, reuse=False) as jump_no_reuse:
    print(jump_no_reuse.reuse)
