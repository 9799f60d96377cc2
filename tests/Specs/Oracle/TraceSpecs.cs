using System.Text.Json;
using ScopeFn.Oracle.Trace;

namespace ScopeFn.Specs.Oracle;

/// <summary>The trace of a run: its shape (docs/trace-schema.md), TensorFlow's names in it, determinism, and the reader's rules.</summary>
public class TraceSpecs
{
    // variable_scope.py, variable_scope docstring: "foo/bar/v:0"; reuse=True returns the same variable;
    // creating it again without reuse raises "Variable foo/bar/v already exists, disallowed."
    private const string Script = """
        import tensorflow.compat.v1 as tf
        tf.disable_eager_execution()
        with tf.variable_scope("foo"):
            with tf.variable_scope("bar"):
                v = tf.get_variable("v", [1])
        with tf.variable_scope("foo/bar", reuse=True):
            v1 = tf.get_variable("v", [1])
        with tf.name_scope("s"):
            c = tf.constant(1.0, name="c")
        try:
            with tf.variable_scope("foo/bar"):
                tf.get_variable("v", [1])
        except ValueError:
            print("raised")
        print(v1.name)
        """;

    private static IReadOnlyList<TraceRecord> Records(string jsonl) => TraceReader.Read(jsonl, "t.jsonl");

    [Fact]
    public void Header_first_and_exit_last()
    {
        var jsonl = TraceRunner.Run(Script, "t.py").Jsonl;
        var header = JsonDocument.Parse(jsonl.Split('\n')[0]).RootElement;
        Assert.Equal("scopefn-trace", header.GetProperty("schema").GetString());
        Assert.Equal(1, header.GetProperty("version").GetInt32());
        var records = Records(jsonl);
        Assert.Equal("exit", records[^1].Event);
        Assert.Equal(0, records[^1].Fields["code"].GetInt32());
    }

    [Fact]
    public void Scopes_ops_variables_errors_and_output_appear_in_order()
    {
        var records = Records(TraceRunner.Run(Script, "t.py").Jsonl);
        var enters = records.Where(r => r.Event == "scope_enter").ToList();
        Assert.Equal(["foo", "foo/bar", "foo/bar", "foo/bar"], enters.Where(r => r.Text("kind") == "variable_scope").Select(r => r.Text("variable_scope")));
        Assert.Equal(records.Count(r => r.Event == "scope_enter"), records.Count(r => r.Event == "scope_exit"));
        var variables = records.Where(r => r.Event == "variable").ToList();
        Assert.Equal(["foo/bar/v:0", "foo/bar/v:0"], variables.Select(v => v.Text("name")));
        Assert.Equal([true, false], variables.Select(v => v.Fields["created"].GetBoolean()));
        Assert.Equal(5, variables[0].ScriptLine);
        Assert.Equal(7, variables[1].ScriptLine);
        var c = Assert.Single(records, r => r.Event == "op" && r.Text("name") == "s/c");
        Assert.Equal("Const", c.Text("type"));
        Assert.Equal(9, c.ScriptLine);
        var error = Assert.Single(records, r => r.Event == "error");
        Assert.Equal("ValueError", error.Text("type"));
        Assert.StartsWith("Variable foo/bar/v already exists, disallowed.", error.Text("message"));
        Assert.Equal(12, error.ScriptLine);
        Assert.Equal(["raised", "foo/bar/v:0"], records.Where(r => r.Event == "output").Select(r => r.Text("text")));
    }

    /// <summary>
    /// Eager variables (TF 2.x's default) are traced too: in no graph (-1) and no collection
    /// (resource_variable_ops.py adds eager variables to none), named by the eager name scope, each new.
    /// </summary>
    [Fact]
    public void Eager_variables_are_traced_as_new_variables_of_no_graph()
    {
        var run = TraceRunner.Run("""
            import tensorflow as tf
            with tf.name_scope("s"):
                v = tf.Variable(1.0, name="v")
            w = tf.Variable(1.0, name="v")
            """, "t.py");
        Assert.True(run.Result.Succeeded, run.Result.ErrorMessage);
        var variables = Records(run.Jsonl).Where(r => r.Event == "variable").ToList();
        Assert.Equal(["s/v:0", "v:0"], variables.Select(v => v.Text("name")));
        Assert.All(variables, v =>
        {
            Assert.Equal(-1, v.Fields["graph"].GetInt32());
            Assert.True(v.Fields["created"].GetBoolean());
            Assert.Equal(0, v.Fields["collections"].GetArrayLength());
        });
    }

    [Fact] // ops.py control_dependencies: an op created in the block gets the block's inputs as control inputs
    public void Ops_carry_inputs_and_control_inputs()
    {
        var records = Records(TraceRunner.Run("""
            import tensorflow.compat.v1 as tf
            tf.disable_eager_execution()
            a = tf.constant(1.0, name="a")
            with tf.control_dependencies([a]):
                b = tf.identity(tf.constant(2.0, name="x"), name="b")
            """, "t.py").Jsonl);
        var b = Assert.Single(records, r => r.Event == "op" && r.Text("name") == "b");
        Assert.Equal(["x:0"], b.Fields["inputs"].EnumerateArray().Select(e => e.GetString()));
        Assert.Empty(b.Fields["control_inputs"].EnumerateArray());
        var x = Assert.Single(records, r => r.Event == "op" && r.Text("name") == "x");
        Assert.Equal(["a"], x.Fields["control_inputs"].EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void An_uncaught_error_is_the_exit_event()
    {
        var records = Records(TraceRunner.Run("import tensorflow.compat.v1 as tf\ntf.disable_eager_execution()\ntf.constant(1.0, name='-x')\n", "t.py").Jsonl);
        Assert.Equal("error", records[^2].Event);
        var exit = records[^1];
        Assert.Equal(1, exit.Fields["code"].GetInt32());
        Assert.Equal("ValueError", exit.Text("type"));
        Assert.Equal(3, exit.ScriptLine);
    }

    [Fact]
    public void Equal_runs_give_equal_bytes() =>
        Assert.Equal(TraceRunner.Run(Script, "t.py").Jsonl, TraceRunner.Run(Script, "other.py").Jsonl);

    [Fact]
    public void The_reader_accepts_any_key_order_and_unknown_keys()
    {
        const string text = """
            {"producer":"elsewhere","version":1,"schema":"scopefn-trace","extra":true}
            {"device":"","control_inputs":[],"inputs":[],"type":"Const","name":"a","graph":1,"line":3,"event":"op","note":"mine"}
            """;
        var r = Assert.Single(Records(text));
        Assert.Equal("a", r.Text("name"));
        Assert.False(r.Fields.ContainsKey("note"));
    }

    [Theory]
    [InlineData("{\"schema\":\"scopefn-trace\",\"version\":2}", "t.jsonl:1: unsupported trace version 2")]
    [InlineData("{\"schema\":\"other\",\"version\":1}", "t.jsonl:1: the first line must be the header")]
    [InlineData("{\"schema\":\"scopefn-trace\",\"version\":1}\n{\"event\":\"op\",\"line\":1}", "t.jsonl:2: \"op\" event without \"graph\"")]
    [InlineData("{\"schema\":\"scopefn-trace\",\"version\":1}\n\n{\"event\":\"op\",", "t.jsonl:3: not JSON")]
    [InlineData("{\"schema\":\"scopefn-trace\",\"version\":1}\n{\"event\":\"output\",\"line\":1,\"text\":5}", "t.jsonl:2: \"output\" event: \"text\" must be a string, found an integer")]
    [InlineData("{\"schema\":\"scopefn-trace\",\"version\":1}\n{\"event\":\"teleport\",\"line\":1}", "t.jsonl:2: unknown event type \"teleport\"")]
    [InlineData("", "t.jsonl:1: empty trace")]
    public void Malformed_traces_are_refused_with_file_and_line(string text, string messageStart)
    {
        var e = Assert.Throws<TraceFormatException>(() => TraceReader.Read(text, "t.jsonl"));
        Assert.StartsWith(messageStart, e.Message);
    }
}
