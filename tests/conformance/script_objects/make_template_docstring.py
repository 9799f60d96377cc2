# source: template.py make_template docstring (scale_by_y: the variable scale_by_y/y is created on the first call and shared; the second call's ops land in scale_by_y_1/)
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
def my_op(x, scalar_name):
    var1 = tf.get_variable(scalar_name, shape=[], initializer=tf.constant_initializer(1))
    return x * var1
scale_by_y = tf.make_template("scale_by_y", my_op, scalar_name="y")
z = scale_by_y(tf.constant(2.0))
w = scale_by_y(tf.constant(3.0))
print(z.name, w.name)
print([v.name for v in tf.global_variables()], scale_by_y.variable_scope_name)
