using ScopeFn.Core.Worlds;
using ScopeFn.Oracle.Export;
using ScopeFn.Script.Evaluation;
using ScopeFn.Script.Tf;

namespace ScopeFn.Specs.Export;

/// <summary>Which graph <c>scopefn graph</c> exports from a script's final world (names per ops.py's unique_name).</summary>
public class ExportedGraphSpecs
{
    private static string[] ExportedNames(string script)
    {
        Func<World>? world = null;
        var options = RunOptions.Default with { Modules = TfModule.Registry(read => world = read) };
        var result = ScriptRunner.Run(script, "t.py", options, TextWriter.Null);
        Assert.True(result.Succeeded, result.ErrorText);
        return ExportedGraph.Pick(world!()).Ops.Map(op => op.Name).ToArray();
    }

    [Fact]
    public void A_graph_entered_with_as_default_is_exported()
    {
        Assert.Equal(["a", "b"], ExportedNames("""
            import tensorflow as tf
            with tf.Graph().as_default():
                tf.constant(1, name="a")
                tf.constant(2, name="b")
            """));
    }

    [Fact]
    public void The_newest_graph_holding_ops_wins()
    {
        Assert.Equal(["new"], ExportedNames("""
            import tensorflow.compat.v1 as tf
            tf.disable_eager_execution()
            tf.constant(1, name="old")
            tf.reset_default_graph()
            tf.constant(2, name="new")
            with tf.Graph().as_default():
                pass
            """));
    }

    [Fact]
    public void A_script_without_ops_exports_an_empty_graph()
    {
        Assert.Empty(ExportedNames("import tensorflow as tf\n"));
    }
}
