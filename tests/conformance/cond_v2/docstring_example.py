# source: cond.py cond docstring example (x = 2, y = 5, f1 = x * 17, f2 = y + 23; "r is set to f1()"); cond.py _eager_cond_implementation (eagerly only the chosen branch runs); cond_v2.py _build_cond (in a graph: StatelessIf whose inputs are pred then the captures of the true branch, then of the false branch)
# mode: eager
import tensorflow as tf
x = tf.constant(2)
y = tf.constant(5)
def f1(): return tf.multiply(x, 17)
def f2(): return tf.add(y, 23)
r = tf.cond(x < y, f1, f2)
print(r)
with tf.Graph().as_default():
    x = tf.constant(2)
    y = tf.constant(5)
    r = tf.cond(tf.constant(True), f1, f2)
    print(r.op.inputs[0].op.type, [t.name for t in r.op.inputs[0].op.inputs])
    with tf.compat.v1.Session() as sess:
        print(sess.run(r))
