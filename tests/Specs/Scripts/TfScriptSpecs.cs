using ScopeFn.Script.Evaluation;
using ScopeFn.Script.Tf;

namespace ScopeFn.Specs.Scripts;

/// <summary>
/// TensorFlow snippets run by the script interpreter over the core, with the output TF prints.
/// sources: tf-semantics.md worked examples E1, E4, E5, E11 (from ops.py / variable_scope.py),
/// the name_scope docstring, and seed 002's first example (two tf.Variables, one name: distinct).
/// </summary>
public class TfScriptSpecs
{
    private static (string Output, RunResult Result) Run(string source)
    {
        var output = new StringWriter();
        var result = ScriptRunner.Run(source.Replace("\r\n", "\n"), "snippet.py", RunOptions.Default with { Modules = TfModule.Registry() }, output);
        return (output.ToString(), result);
    }

    private static string Ok(string source)
    {
        var (output, result) = Run(source);
        Assert.True(result.Succeeded, result.ErrorText);
        return output;
    }

    [Fact] // E1
    public void Name_scopes()
    {
        Assert.Equal("c c_1 nested/ nested/c nested/inner/c nested/inner_1/c\n", Ok("""
            import tensorflow as tf
            with tf.Graph().as_default():
                c = tf.constant(5.0, name="c")
                c_1 = tf.constant(6.0, name="c")
                with tf.name_scope("nested") as scope:
                    nested_c = tf.constant(10.0, name="c")
                    with tf.name_scope("inner"):
                        inner_c = tf.constant(20.0, name="c")
                    with tf.name_scope("inner"):
                        inner_1_c = tf.constant(30.0, name="c")
                print(c.op.name, c_1.op.name, scope, nested_c.op.name, inner_c.op.name, inner_1_c.op.name)
            """));
    }

    [Fact] // E4: get_variable ignores name scopes; tf.Variable and ops do not
    public void Variable_scope_inside_a_name_scope()
    {
        Assert.Equal("vs ns/vs/ vs/v:0 ns/vs/w:0 ns/vs/c:0\n", Ok("""
            import tensorflow.compat.v1 as tf
            tf.disable_v2_behavior()
            with tf.name_scope("ns"):
                with tf.variable_scope("vs") as s:
                    v = tf.get_variable("v", [1])
                    w = tf.Variable(1.0, name="w")
                    c = tf.constant(1.0, name="c")
            print(s.name, s.original_name_scope, v.name, w.name, c.name)
            """));
    }

    [Fact] // E5: sharing, and TF's errors
    public void Sharing_and_errors()
    {
        var output = Ok("""
            import tensorflow.compat.v1 as tf
            tf.disable_eager_execution()
            with tf.variable_scope("foo") as vs:
                v = tf.get_variable("v", [1])
            with tf.variable_scope(vs, reuse=True):
                print(tf.get_variable("v", [1]) is v or tf.get_variable("v", [1]) == v, tf.constant(1.0, name="c").op.name)
            with tf.variable_scope("foo", reuse=True):
                try:
                    tf.get_variable("u", [1])
                except ValueError as e:
                    print(e)
                try:
                    tf.get_variable("v", [2])
                except ValueError as e:
                    print(e)
            """);
        Assert.Equal(string.Join("\n",
            "True foo_1/c",
            "Variable foo/u does not exist, or was not created with tf.get_variable(). Did you mean to set reuse=tf.AUTO_REUSE in VarScope?",
            "Trying to share variable foo/v, but specified shape (2,) and found shape (1,).",
            ""), output);
    }

    [Fact] // E11 and seed 002: tf.Variable ignores reuse; one name twice gives two variables
    public void Tf_variable_ignores_reuse()
    {
        Assert.Equal("vs/a:0 vs_1/a:0 False\n", Ok("""
            import tensorflow.compat.v1 as tf
            tf.disable_eager_execution()
            with tf.variable_scope("vs"):
                a = tf.Variable(1.0, name="a")
            with tf.variable_scope("vs", reuse=True):
                b = tf.Variable(1.0, name="a")
            print(a.name, b.name, a == b)
            """));
    }

    [Fact] // an uncaught TF error ends the run with a traceback naming TF's exception
    public void Uncaught_error_traceback()
    {
        var (_, result) = Run("""
            import tensorflow.compat.v1 as tf
            tf.disable_eager_execution()
            with tf.variable_scope("foo"):
                tf.get_variable("v", [1])
                tf.get_variable("v", [1])
            """);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("ValueError", result.ErrorType);
        Assert.StartsWith("Variable foo/v already exists, disallowed.", result.ErrorMessage);
        Assert.Contains("line 5", result.ErrorText);
    }

    [Fact] // TF 2.x runs eagerly by default (context.py default_execution_mode); EagerTensor.__str__ (ops.py)
    public void Tf2_scripts_run_eagerly()
    {
        Assert.Equal("True\ntf.Tensor(3.0, shape=(), dtype=float32)\n", Ok("""
            import tensorflow as tf
            print(tf.executing_eagerly())
            print(tf.constant(1.0) + 2.0)
            """));
    }
}

/// <summary>Sessions from scripts. sources: tf.random.uniform docstring (V2: 2 then 0); session.py fetch structures.</summary>
public class TfScriptSessionSpecs
{
    [Fact]
    public void Session_runs_with_seeded_random_values_and_variables()
    {
        var output = new StringWriter();
        var result = ScriptRunner.Run("""
            import tensorflow.compat.v1 as tf
            tf.disable_eager_execution()
            tf.set_random_seed(5)
            r = tf.random.uniform([], maxval=3, dtype=tf.int32, seed=10)
            v = tf.get_variable("v", initializer=[[1.0, 2.0], [3.0, 4.0]])
            x = tf.constant([1.0, 2.0])
            with tf.Session() as sess:
                sess.run(tf.global_variables_initializer())
                print(sess.run(v))
                a, b = sess.run((x, x * 2.0))
                print(a, b.tolist())
                print(sess.run(r), sess.run(r))
            """.Replace("\r\n", "\n"), "s.py", RunOptions.Default with { Modules = TfModule.Registry() }, output);
        Assert.True(result.Succeeded, result.ErrorText);
        Assert.Equal("[[1. 2.]\n [3. 4.]]\n[1. 2.] [2.0, 4.0]\n2 0\n", output.ToString());
    }
}

/// <summary>
/// Array functions from scripts. sources: docs/research/tf-op-naming.md §6–§8 (names) and the
/// tf.unique docstring (x = [1, 1, 2, 4, 4, 4, 7, 8, 8] → y = [1, 2, 4, 7, 8], idx = [0, 0, 1, 2, 2, 2, 3, 4, 4]).
/// </summary>
public class TfScriptArraySpecs
{
    [Fact]
    public void Array_functions_are_named_and_evaluated_as_tf_does()
    {
        var output = new StringWriter();
        var result = ScriptRunner.Run("""
            import tensorflow.compat.v1 as tf
            tf.disable_eager_execution()
            x = tf.constant([[1, 2, 3], [4, 5, 6]], name="x")
            r = tf.reshape(x, [3, 2])
            s = tf.stack([x, x])
            c = tf.concat([x, x], 0)
            print(r.op.name, r.op.inputs[1].op.name, s.op.name, c.op.name, c.op.inputs[2].op.name)
            print(tf.cast(x, tf.int32) is x or tf.cast(x, tf.int32) == x, tf.shape(x).op.type)
            y, idx = tf.unique(tf.constant([1, 1, 2, 4, 4, 4, 7, 8, 8]))
            with tf.Session() as sess:
                print(sess.run(y), sess.run(idx))
                print(sess.run(tf.shape(x)), sess.run(c).shape)
            """.Replace("\r\n", "\n"), "a.py", RunOptions.Default with { Modules = TfModule.Registry() }, output);
        Assert.True(result.Succeeded, result.ErrorText);
        Assert.Equal(string.Join("\n",
            "Reshape Reshape/shape stack concat concat/axis",
            "True Const",
            "[1 2 4 7 8] [0 0 1 2 2 2 3 4 4]",
            "[2 3] (4, 3)",
            ""), output.ToString());
    }
}
