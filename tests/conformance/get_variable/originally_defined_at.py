# source: variable_scope.py _VariableStore._get_single_variable (ref variable: " Originally defined at:\n\n" + traceback.format_list(var.op.traceback[::-1] without tensorflow/python frames, at most 5)); the file name varies with the path, so each "  File" line is printed from ", line" on
# mode: graph
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

def make(name):
    return tf.get_variable(name, [1])

make("v")
try:
    make("v")
except ValueError as e:
    for line in str(e).split("\n"):
        print(line[line.find(", line"):] if line.startswith("  File ") else line)
