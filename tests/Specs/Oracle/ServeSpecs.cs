using System.Text.Json;
using ScopeFn.Oracle.Serve;

namespace ScopeFn.Specs.Oracle;

/// <summary><c>scopefn serve</c>: one response per request, errors for bad or hostile requests, and it keeps serving.</summary>
public class ServeSpecs
{
    private static List<JsonElement> Serve(ScriptServer server, params string[] requests)
    {
        var output = new StringWriter();
        server.Serve(new StringReader(string.Join("\n", requests) + "\n"), output);
        return output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
    }

    private static string Request(object id, string script, object? options = null) =>
        JsonSerializer.Serialize(new { id, script, options });

    private static string ErrorType(JsonElement r) => r.GetProperty("error").GetProperty("type").GetString()!;

    [Fact]
    public void A_script_gets_its_stdout_back_with_its_id()
    {
        var server = new ScriptServer();
        var r = Assert.Single(Serve(server, Request("one", "print(6 * 7)")));
        Assert.Equal("one", r.GetProperty("id").GetString());
        Assert.True(r.GetProperty("ok").GetBoolean());
        Assert.Equal("42\n", r.GetProperty("stdout").GetString());
    }

    [Fact] // ops.py unique_name: a fresh graph names the first constant "c" — so each request has its own world
    public void Every_request_starts_from_a_fresh_world()
    {
        const string script = "import tensorflow.compat.v1 as tf\ntf.disable_eager_execution()\nprint(tf.constant(1.0, name='c').name)\n";
        var server = new ScriptServer();
        var responses = Serve(server, Request(1, script, new { timeout_ms = 60_000 }), Request(2, script, new { timeout_ms = 60_000 }));
        Assert.All(responses, r => Assert.Equal("c:0\n", r.GetProperty("stdout").GetString()));
    }

    [Fact]
    public void Malformed_and_hostile_requests_get_errors_and_serving_goes_on()
    {
        var server = new ScriptServer { MaxLineChars = 10_000, MaxScriptChars = 1_000, GraceMs = 2_000 };
        var responses = Serve(server,
            "this is not json",
            "[1, 2, 3]",
            "{\"id\": 3}",
            "{\"id\": 4, \"script\": 5}",
            Request(5, new string('x', 2_000)),
            "{\"id\": 6, \"script\": \"" + new string('y', 20_000) + "\"}",
            Request(7, "while True:\n    pass\n", new { timeout_ms = 200, step_budget = 100_000_000 }),
            Request(8, "def f(n):\n    return f(n + 1)\nf(0)\n"),
            Request(9, "x = 'a' * (10 ** 12)\n"),
            Request(10, "open('/etc/passwd')\n"),
            Request(11, "import os\n"),
            Request(12, "def (:\n"),
            Request(13, "print(1)", new { timeout_ms = "soon" }),
            new string('[', 5_000),
            Request(15, "print('still here')"));
        Assert.Equal(15, responses.Count);
        Assert.Equal(["ProtocolError", "ProtocolError", "ProtocolError", "ProtocolError", "ProtocolError", "RequestTooLarge", "ScriptTimeout",
            "RecursionError", "MemoryError", "NameError", "ModuleNotFoundError", "SyntaxError", "ProtocolError", "ProtocolError"],
            responses.Take(14).Select(ErrorType));
        Assert.Equal(1, responses[11].GetProperty("error").GetProperty("line").GetInt32());
        Assert.Equal("still here\n", responses[14].GetProperty("stdout").GetString());
        Assert.Equal(15, responses[14].GetProperty("id").GetInt32());
    }

    [Fact]
    public void A_traced_request_carries_its_trace()
    {
        var server = new ScriptServer();
        var r = Assert.Single(Serve(server, Request(1, "import tensorflow.compat.v1 as tf\ntf.disable_eager_execution()\ntf.constant(1.0)\n", new { trace = true })));
        var trace = r.GetProperty("trace").EnumerateArray().ToList();
        Assert.Equal("scopefn-trace", trace[0].GetProperty("schema").GetString());
        Assert.Equal("Const", trace[1].GetProperty("name").GetString());
        Assert.Equal("exit", trace[^1].GetProperty("event").GetString());
        Assert.False(Assert.Single(Serve(server, Request(2, "print(1)"))).TryGetProperty("trace", out _));
    }
}
