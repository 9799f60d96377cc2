using ScopeFn.Oracle.Trace;

namespace ScopeFn.Specs.Oracle;

/// <summary><c>scopefn diff</c>: the first divergence between two traces, in words.</summary>
public class DiffSpecs
{
    private const string Header = "{\"schema\":\"scopefn-trace\",\"version\":1,\"producer\":\"x\"}\n";

    private static string Op(int line, string name, string type = "Const") =>
        $"{{\"event\":\"op\",\"line\":{line},\"graph\":1,\"name\":\"{name}\",\"type\":\"{type}\",\"inputs\":[],\"control_inputs\":[],\"device\":\"\"}}\n";

    private static TraceDifference Diff(string expected, string actual) =>
        TraceDiff.Compare(TraceReader.Read(Header + expected, "a"), TraceReader.Read(Header + actual, "b"));

    [Fact]
    public void Equal_traces_have_no_difference() =>
        Assert.True(Diff(Op(3, "a") + Op(4, "foo/bar_1"), Op(3, "a") + Op(4, "foo/bar_1")).Equal);

    [Fact]
    public void A_different_name_is_explained_with_event_index_and_line()
    {
        var d = Diff(Op(3, "a") + Op(7, "foo/bar_1"), Op(3, "a") + Op(7, "foo/bar"));
        Assert.Equal("event 2 (line 7): op name differs: expected 'foo/bar_1', got 'foo/bar'", d.Explanation);
    }

    [Fact]
    public void Names_are_compared_before_lines()
    {
        var d = Diff(Op(3, "a"), Op(4, "b"));
        Assert.Equal("event 1 (line 3): op name differs: expected 'a', got 'b'", d.Explanation);
        Assert.Equal("event 1 (line 3): op line differs: expected 3, got 4", Diff(Op(3, "a"), Op(4, "a")).Explanation);
    }

    [Fact]
    public void Missing_extra_and_different_events_are_named()
    {
        Assert.Equal("event 2 (line 4): expected op 'b' (Const), got end of trace", Diff(Op(3, "a") + Op(4, "b"), Op(3, "a")).Explanation);
        Assert.Equal("event 2 (line 4): expected end of trace, got op 'b' (Const)", Diff(Op(3, "a"), Op(3, "a") + Op(4, "b")).Explanation);
        var output = "{\"event\":\"output\",\"line\":3,\"text\":\"hi\"}\n";
        Assert.Equal("event 1 (line 3): expected op 'a' (Const), got output 'hi'", Diff(Op(3, "a"), output).Explanation);
    }

    [Fact]
    public void Key_order_and_extra_fields_do_not_matter()
    {
        var reordered = "{\"name\":\"a\",\"event\":\"op\",\"x-mine\":[1,2],\"line\":3,\"device\":\"\",\"graph\":1,\"type\":\"Const\",\"control_inputs\":[],\"inputs\":[]}\n";
        Assert.True(Diff(Op(3, "a"), reordered).Equal);
    }

    [Fact] // two runs of one script, one edited: the diff points at the op TF would name differently
    public void Traces_of_runs_differ_where_the_scripts_do()
    {
        const string prefix = "import tensorflow.compat.v1 as tf\ntf.disable_eager_execution()\n";
        var a = TraceRunner.Run(prefix + "tf.constant(1.0, name='c')\ntf.constant(1.0, name='c')\n", "a.py").Jsonl;
        var b = TraceRunner.Run(prefix + "tf.constant(1.0, name='c')\ntf.constant(1.0, name='d')\n", "b.py").Jsonl;
        var d = TraceDiff.Compare(TraceReader.Read(a, "a"), TraceReader.Read(b, "b"));
        // ops.py unique_name: the second "c" is "c_1".
        Assert.Equal("event 2 (line 4): op name differs: expected 'c_1', got 'd'", d.Explanation);
    }
}
