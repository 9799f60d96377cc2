# source: variable_scope.py _maybe_wrap_custom_getter (the inner scope's getter runs first; its getter argument is the outer getter bound to the true getter) and _VariableStore.get_variable (custom_getter(getter=..., name=..., ...) with keyword arguments)
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
log = []
def outer(getter, name, *args, **kwargs):
    log.append("outer " + name)
    return getter(name, *args, **kwargs)
def inner(getter, name, *args, **kwargs):
    log.append("inner " + name)
    return getter(name + "_x", *args, **kwargs)
with tf.variable_scope("a", custom_getter=outer):
    with tf.variable_scope("b", custom_getter=inner):
        v = tf.get_variable("v", [1])
print(log)
print(v.name)
