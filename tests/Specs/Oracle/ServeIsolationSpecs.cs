using System.Text.Json;
using ScopeFn.Oracle.Serve;

namespace ScopeFn.Specs.Oracle;

/// <summary>
/// <c>scopefn serve</c> builds the tf module once per process (TfModuleHost) and rebinds it per
/// request; these specs hold it to issue 7's "each request starts from a fresh world": nothing one
/// request does — graphs, variables, seeds, execution mode, open scopes, module attributes — is seen
/// by the next. Each expected value is what a new TensorFlow process prints for the second script.
/// </summary>
public class ServeIsolationSpecs
{
    private const string Graph = "import tensorflow.compat.v1 as tf\ntf.disable_eager_execution()\n";

    private static List<JsonElement> Serve(ScriptServer server, params string[] requests)
    {
        var output = new StringWriter();
        server.Serve(new StringReader(string.Join("\n", requests) + "\n"), output);
        return output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
    }

    // A generous wall time: on a loaded machine the first request also pays for JIT compilation.
    private static string Request(object id, string script, object? options = null) =>
        JsonSerializer.Serialize(new { id, script, options = options ?? new { timeout_ms = 60_000 } });

    private static string Stdout(JsonElement r) =>
        r.GetProperty("ok").GetBoolean() ? r.GetProperty("stdout").GetString()! : "error: " + r.GetProperty("error").GetProperty("message").GetString();

    /// <summary>Serves <paramref name="first"/> then <paramref name="second"/> in one server and returns the second's stdout.</summary>
    private static string SecondAfterFirst(string first, string second, bool trace = false)
    {
        var server = new ScriptServer();
        var responses = Serve(server, Request(1, first, new { trace, timeout_ms = 60_000 }), Request(2, second, new { trace, timeout_ms = 60_000 }));
        Assert.True(responses[0].GetProperty("ok").GetBoolean(), responses[0].ToString());
        return Stdout(responses[1]);
    }

    [Fact] // the parse cache (ScriptServer.Parses): a resent script, a syntax error and a traceback answer as the first time
    public void A_resent_script_answers_exactly_as_the_first_time()
    {
        var scripts = new[]
        {
            Graph + "with tf.name_scope('a'):\n    c = tf.constant(1.0, name='c')\nprint(c.name)\n",
            "x = (1,\n",
            "def f():\n    return 1 / 0\nf()\n",
        };
        var server = new ScriptServer();
        var requests = scripts.Concat(scripts).Select((s, i) => Request(i % scripts.Length, s)).ToArray();
        var responses = Serve(server, requests).Select(r => r.ToString()).ToList();
        Assert.Equal(responses.Take(scripts.Length), responses.Skip(scripts.Length));
        Assert.Contains("a/c:0", responses[0], StringComparison.Ordinal);
        Assert.Contains("SyntaxError", responses[1], StringComparison.Ordinal);
        Assert.Contains("ZeroDivisionError", responses[2], StringComparison.Ordinal);
        Assert.Equal(scripts.Length, server.Parses.Count);
    }

    [Fact] // ops.py Graph.unique_name: the first "c" in a new graph is "c"; "c_1" would mean the graph survived
    public void Ops_of_one_request_are_not_in_the_next_requests_graph()
    {
        Assert.Equal("c:0 0\n", SecondAfterFirst(Graph + "tf.constant(1.0, name='c')\ntf.constant(2.0, name='c')\n",
            Graph + "n = len(tf.get_default_graph().get_operations())\nprint(tf.constant(1.0, name='c').name, n)\n"));
    }

    [Fact] // variable_scope.py _VariableStore: get_variable of an existing name without reuse raises; in a new process it creates
    public void Variables_of_one_request_are_not_in_the_next_requests_store()
    {
        const string script = Graph + "with tf.variable_scope('s'):\n    v = tf.get_variable('v', [1])\nprint(v.name, len(tf.global_variables()))\n";
        Assert.Equal("s/v:0 1\n", SecondAfterFirst(script, script));
    }

    [Fact] // random_seed.py get_seed: with no graph seed an op seed 1 gives (87654321, 1), not the (5, 1) of tf.random.normal's docstring
    public void A_graph_seed_set_by_one_request_is_not_the_next_requests_seed()
    {
        const string draw = "r = tf.random.normal([2, 2], 0, 1, tf.float32, seed=1)\nwith tf.Session() as sess:\n    print(sess.run(r))\n";
        // random_ops.py random_normal docstring (tf-random.md V1): set_seed(5), seed=1.
        const string v1 = "[[-1.3768897  -0.01258316]\n [-0.169515    1.0824056 ]]\n";
        var server = new ScriptServer();
        var responses = Serve(server,
            Request(1, Graph + "tf.set_random_seed(5)\n" + draw),
            Request(2, Graph + draw),
            Request(3, Graph + "tf.set_random_seed(5)\n" + draw));
        Assert.Equal(v1, Stdout(responses[0]));
        Assert.NotEqual(v1, Stdout(responses[1]));
        Assert.StartsWith("[[", Stdout(responses[1]));
        Assert.Equal(v1, Stdout(responses[2]));
    }

    [Fact] // context.py: a TF 2.x process starts executing eagerly, whatever the previous process disabled
    public void Execution_mode_and_open_scopes_do_not_carry_over()
    {
        Assert.Equal("True ''\n", SecondAfterFirst(
            Graph + "tf.name_scope('left_open').__enter__()\ntf.variable_scope('vs').__enter__()\n",
            "import tensorflow as tf\nprint(tf.executing_eagerly(), repr(tf.get_current_name_scope()))\n"));
    }

    [Fact] // a new process imports an unmodified tensorflow: assignments to module attributes are the assigning process's own
    public void Module_attribute_assignments_do_not_reach_the_next_request()
    {
        const string mutate = "import tensorflow as tf\n"
            + "tf.foo = 1\ntf.constant = None\ntf.compat.v1.get_variable = None\ntf.compat.v1.foo = 2\n"
            + "tf.nn.relu = 3\ntf.random.set_seed = None\ntf.compat.v1.GraphKeys.GLOBAL_VARIABLES = 'mine'\n"
            + "import tensorflow.compat.v1 as v1\nv1.bar = 4\n";
        const string read = "import tensorflow as tf\nimport tensorflow.compat.v1 as v1\n"
            + "print(hasattr(tf, 'foo'), hasattr(tf.compat.v1, 'foo'), hasattr(v1, 'bar'))\n"
            + "print(tf.constant is None, v1.get_variable is None, tf.nn.relu == 3, tf.random.set_seed is None)\n"
            + "print(v1.GraphKeys.GLOBAL_VARIABLES)\n";
        // ops.py GraphKeys.GLOBAL_VARIABLES = "variables"
        Assert.Equal("False False False\nFalse False False False\nvariables\n", SecondAfterFirst(mutate, read));
    }

    [Fact] // the mutation is seen inside its own request, so the spec above is not vacuous
    public void Module_attribute_assignments_are_seen_within_their_request()
    {
        var server = new ScriptServer();
        var r = Assert.Single(Serve(server, Request(1, "import tensorflow as tf\ntf.foo = 1\nimport tensorflow as tf2\nprint(tf2.foo, tf is tf2)\n")));
        Assert.Equal("1 True\n", Stdout(r));
    }

    [Fact] // a traced request's trace holds its own ops only
    public void A_traced_request_does_not_trace_the_previous_requests_ops()
    {
        var server = new ScriptServer();
        var responses = Serve(server,
            Request(1, Graph + "tf.constant(1.0, name='a')\n", new { trace = true, timeout_ms = 60_000 }),
            Request(2, Graph + "tf.constant(1.0, name='b')\n"),
            Request(3, Graph + "tf.constant(1.0, name='c')\n", new { trace = true, timeout_ms = 60_000 }));
        var ops = responses[2].GetProperty("trace").EnumerateArray()
            .Where(e => e.TryGetProperty("event", out var k) && k.GetString() == "op").Select(e => e.GetProperty("name").GetString()).ToList();
        Assert.Equal(["c"], ops);
    }

    [Fact] // an abandoned script keeps running on its old thread; the next request must not share its module with it
    public void After_a_timed_out_tf_script_the_next_request_still_starts_fresh()
    {
        var server = new ScriptServer { GraceMs = 200 };
        var responses = Serve(server,
            Request(1, Graph + "while True:\n    tf.constant(1.0, name='c')\n", new { timeout_ms = 200, step_budget = 100_000_000 }),
            Request(2, Graph + "print(tf.constant(1.0, name='c').name)\n"));
        Assert.Equal("ScriptTimeout", responses[0].GetProperty("error").GetProperty("type").GetString());
        Assert.Equal("c:0\n", Stdout(responses[1]));
    }
}
