using ScopeFn.Script.Evaluation;
using ScopeFn.Script.Tf;

namespace ScopeFn.Specs.Variables;

/// <summary>
/// Issue 3's last pieces, through scripts (file name <c>snippet.py</c>): get_variable's
/// "Originally defined at:" traceback (variable_scope.py <c>_VariableStore._get_single_variable</c>:
/// <c>var.op.traceback[::-1]</c> without tensorflow/python frames, at most five, formatted by
/// <c>traceback.format_list</c>), and <c>report_uninitialized_variables</c> as variables.py builds it.
/// </summary>
public class UninitializedVariableSpecs
{
    private static string Ok(string source)
    {
        var output = new StringWriter();
        var result = ScriptRunner.Run(source.Replace("\r\n", "\n"), "snippet.py", RunOptions.Default with { Modules = TfModule.Registry() }, output);
        Assert.True(result.Succeeded, result.ErrorText);
        return output.ToString();
    }

    [Fact] // Ref variable: the message goes on with the creating stack, innermost frame first.
    public void Already_exists_shows_where_the_ref_variable_was_defined()
    {
        var output = Ok("""
            import tensorflow.compat.v1 as tf
            tf.disable_v2_behavior()

            def make(name):
                return tf.get_variable(name, [1])

            make("v")
            try:
                make("v")
            except ValueError as e:
                print(str(e))
            """);
        Assert.Equal(
            "Variable v already exists, disallowed. Did you mean to set reuse=True or reuse=tf.AUTO_REUSE in VarScope? Originally defined at:\n\n"
            + "  File \"snippet.py\", line 5, in make\n    return tf.get_variable(name, [1])\n"
            + "  File \"snippet.py\", line 7, in <module>\n    make(\"v\")\n\n",
            output);
    }

    [Fact] // Only the five innermost frames are kept.
    public void Already_exists_keeps_five_frames()
    {
        var output = Ok("""
            import tensorflow.compat.v1 as tf
            tf.disable_v2_behavior()

            def deep(n):
                if n == 0:
                    return tf.get_variable("v", [1])
                return deep(n - 1)

            deep(6)
            try:
                tf.get_variable("v", [1])
            except ValueError as e:
                lines = str(e).split("\n")
                print(len([l for l in lines if l.startswith("  File ")]), lines[2], lines[4])
            """);
        Assert.Equal("5   File \"snippet.py\", line 6, in deep   File \"snippet.py\", line 7, in deep\n", output);
    }

    [Fact] // "ResourceVariables don't have an op associated with so no traceback": the bare message.
    public void Already_exists_for_a_resource_variable_has_no_traceback()
    {
        var output = Ok("""
            import tensorflow.compat.v1 as tf
            tf.disable_eager_execution()
            tf.get_variable("v", [1])
            try:
                tf.get_variable("v", [1])
            except ValueError as e:
                print(repr(str(e)))
            """);
        Assert.Equal("'Variable v already exists, disallowed. Did you mean to set reuse=True or reuse=tf.AUTO_REUSE in VarScope?'\n", output);
    }

    [Fact] // variables.py report_uninitialized_variables + array_ops.boolean_mask, op by op.
    public void Report_builds_the_ops_tf_builds()
    {
        var output = Ok("""
            import tensorflow.compat.v1 as tf
            tf.disable_v2_behavior()
            v = tf.Variable(1.0, name="v")
            n = len(tf.get_default_graph().get_operations())
            r = tf.report_uninitialized_variables()
            for op in tf.get_default_graph().get_operations()[n:]:
                print(op.name, op.type)
            """);
        const string p = "report_uninitialized_variables/";
        const string m = p + "boolean_mask/";
        Assert.Equal(string.Join("\n",
            p + "IsVariableInitialized IsVariableInitialized", p + "stack Pack", p + "LogicalNot LogicalNot", p + "Const Const",
            m + "Shape Const", m + "strided_slice/stack Const", m + "strided_slice/stack_1 Const", m + "strided_slice/stack_2 Const",
            m + "strided_slice StridedSlice", m + "Prod/reduction_indices Const", m + "Prod Prod",
            m + "Shape_1 Const", m + "strided_slice_1/stack Const", m + "strided_slice_1/stack_1 Const", m + "strided_slice_1/stack_2 Const",
            m + "strided_slice_1 StridedSlice",
            m + "Shape_2 Const", m + "strided_slice_2/stack Const", m + "strided_slice_2/stack_1 Const", m + "strided_slice_2/stack_2 Const",
            m + "strided_slice_2 StridedSlice",
            m + "concat/values_1 Pack", m + "concat/axis Const", m + "concat ConcatV2", m + "Reshape Reshape",
            m + "Reshape_1/shape Const", m + "Reshape_1 Reshape", m + "Where Where", m + "Squeeze Squeeze",
            m + "GatherV2/axis Const", m + "GatherV2 GatherV2") + "\n", output);
    }

    [Fact] // variables_test.py IsInitializedTest.testVariableList; boolean_mask also works on its own (tf.boolean_mask docstring).
    public void Report_and_boolean_mask_run()
    {
        var output = Ok("""
            import tensorflow.compat.v1 as tf
            tf.disable_v2_behavior()
            v = tf.Variable([1, 2], name="v")
            w = tf.Variable([3, 4], name="w")
            r = tf.report_uninitialized_variables([w, v])
            m = tf.boolean_mask([[1, 2], [3, 4], [5, 6]], [True, False, True])
            with tf.Session() as sess:
                print(sess.run(r))
                sess.run(v.initializer)
                print(sess.run(r), sess.run(tf.is_variable_initialized(v)))
                print(sess.run(m))
            """);
        Assert.Equal("[b'w' b'v']\n[b'w'] True\n[[1 2]\n [5 6]]\n", output);
    }

    [Fact] // variables.py assert_variables_initialized: a Rank per variable, stacked; running it reads every variable.
    public void Assert_variables_initialized_reads_each_variable()
    {
        var output = Ok("""
            import tensorflow.compat.v1 as tf
            tf.disable_v2_behavior()
            v = tf.Variable([1, 2], name="v")
            w = tf.Variable([[3, 4]], name="w")
            a = tf.assert_variables_initialized()
            print(a.op.name, a.op.type, [t.op.name for t in a.op.inputs])
            with tf.Session() as sess:
                try:
                    sess.run(a)
                except tf.errors.FailedPreconditionError as e:
                    print("Attempting to use uninitialized value" in str(e))
                sess.run(tf.global_variables_initializer())
                print(sess.run(a))
            """);
        Assert.Equal("stack Pack ['Rank', 'Rank_1']\nTrue\n[1 2]\n", output);
    }
}
