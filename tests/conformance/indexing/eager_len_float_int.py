# source: ops.py _EagerTensorBase.__len__ (the first dimension), __float__ (float(self._numpy())), __int__ (int(self._numpy())), __iter__ (_TensorIterator yields self[i])
# mode: eager
import tensorflow as tf
t = tf.constant([[1.5, 2.0], [3.0, 4.0], [5.0, 6.0]])
print(len(t))
print(float(t[0, 0]), int(t[0, 0]), int(tf.constant(7)))
for row in t[:2]:
    print(row)
