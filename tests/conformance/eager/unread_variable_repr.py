# source: resource_variable_ops.py BaseResourceVariable.assign_add / assign / assign_sub return self._lazy_read(op) (read_value=True), an _UnreadVariable on the same handle; _UnreadVariable.name is "UnreadVariable" when not in graph mode; BaseResourceVariable.__repr__ while eager: "<tf.Variable '%s' shape=%s dtype=%s, numpy=%s>" with self.read_value(), so the value shown is the variable's value when printed
# mode: eager
import tensorflow as tf
v = tf.Variable(1.0)
a = v.assign_add(2.0)
print(a)
print(a.name)
print(type(a).__name__)
b = v.assign(10.0)
print(a)
c = v.assign_sub(4.0)
print(c.numpy())
print(c + 1.0)
print(v.assign(5.0, read_value=False))
print(v.name)
