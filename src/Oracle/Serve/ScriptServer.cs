using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ScopeFn.Oracle.Trace;
using ScopeFn.Script.Evaluation;
using ScopeFn.Script.Tf;

namespace ScopeFn.Oracle.Serve;

/// <summary>
/// <c>scopefn serve</c>: newline-delimited JSON requests in, one JSON response line out per
/// request, in order. Every request runs in a fresh world with the script runtime's sandbox (no
/// files, processes or network; step and recursion limits) plus a wall-time and a size limit; a
/// malformed or hostile request gets an error response and the server keeps serving.
/// </summary>
public sealed class ScriptServer
{
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Longest request line read; longer lines are skipped and answered with RequestTooLarge.</summary>
    public int MaxLineChars { get; init; } = 4 << 20;

    public int MaxScriptChars { get; init; } = 1 << 20;

    /// <summary>How long past its timeout a script that stopped counting steps may run before it is abandoned.</summary>
    public long GraceMs { get; init; } = 5_000;

    /// <summary>
    /// Parsed scripts kept across requests (conformance clients resend the same scripts); the AST
    /// is immutable, so a hit answers exactly as a fresh parse. 256 scripts of at most
    /// <see cref="MaxScriptChars"/> each bound what it holds.
    /// </summary>
    public ScopeFn.Script.Syntax.ParseCache Parses { get; init; } = new(256);

    private int served;

    public int Served => served;

    /// <summary>
    /// Serves one small traced TF script, answered to nowhere, so the first real request does not pay
    /// for JIT compilation of the path it takes.
    /// </summary>
    public void WarmUp() => Serve(new StringReader(WarmUpRequest + "\n"), TextWriter.Null);

    private const string WarmUpRequest = "{\"id\":0,\"script\":\"import tensorflow.compat.v1 as tf\\ntf.disable_eager_execution()\\nwith tf.variable_scope('w'):\\n    tf.get_variable('v', [1])\\nprint(tf.constant(1.0).name)\\n\",\"options\":{\"trace\":true,\"timeout_ms\":60000}}";

    /// <summary>Answers every request line of <paramref name="input"/> on <paramref name="output"/>, in order, until the input ends.</summary>
    public void Serve(TextReader input, TextWriter output) => new ServeLoop(this, input, output).Run();

    /// <summary>The parsed request, or the error response for a line that is not one.</summary>
    internal (ServeRequest? Request, string? ErrorResponse) Prepare(string line)
    {
        Interlocked.Increment(ref served);
        var (request, id, problem) = ServeRequest.Parse(line, MaxScriptChars);
        return request is null ? (null, ErrorResponse(id, "ProtocolError", problem!)) : (request, null);
    }

    /// <summary>Runs a request on the current thread, which must have a script-sized stack.</summary>
    internal string Execute(TfModuleHost host, ServeRequest request)
    {
        const string file = "<request>";
        var options = RunOptions.Default with { StepBudget = request.StepBudget, WallTimeMs = request.TimeoutMs, Parses = Parses };
        if (request.Trace)
        {
            var run = TraceRunner.Run(request.Script, file, host.Registry, options, onCurrentThread: true);
            return Response(request.IdJson, run.Stdout, run.Result, run.Jsonl);
        }
        var stdout = new StringWriter();
        var result = ScriptRunner.RunOnCurrentThread(request.Script, file, options with { Modules = host.Registry() }, stdout);
        return Response(request.IdJson, stdout.ToString(), result, null);
    }

    private static string Response(string id, string stdout, RunResult result, string? trace) => Json(w =>
    {
        w.WritePropertyName("id");
        w.WriteRawValue(id, skipInputValidation: true);
        w.WriteBoolean("ok", result.Succeeded);
        w.WriteNumber("exit_code", result.ExitCode);
        w.WriteString("stdout", stdout);
        if (result.Succeeded) w.WriteNull("error");
        else
        {
            w.WriteStartObject("error");
            w.WriteString("type", result.IsInternalError ? "InternalError" : result.ErrorType);
            w.WriteString("message", result.ErrorMessage);
            w.WriteNumber("line", result.ErrorLine);
            w.WriteString("traceback", result.ErrorText);
            w.WriteEndObject();
        }
        w.WriteNumber("steps", result.Steps);
        if (trace is not null)
        {
            w.WriteStartArray("trace");
            foreach (var line in trace.Split('\n', StringSplitOptions.RemoveEmptyEntries)) w.WriteRawValue(line, skipInputValidation: true);
            w.WriteEndArray();
        }
    });

    internal static string ErrorResponse(string id, string type, string message) => Json(w =>
    {
        w.WritePropertyName("id");
        w.WriteRawValue(id, skipInputValidation: true);
        w.WriteBoolean("ok", false);
        w.WriteNull("exit_code");
        w.WriteString("stdout", "");
        w.WriteStartObject("error");
        w.WriteString("type", type);
        w.WriteString("message", message);
        w.WriteNull("line");
        w.WriteNull("traceback");
        w.WriteEndObject();
    });

    private static string Json(Action<Utf8JsonWriter> body)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(256);
        using (var w = new Utf8JsonWriter(buffer, JsonOptions))
        {
            w.WriteStartObject();
            body(w);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private readonly StringBuilder lineBuffer = new();

    /// <summary>The next line, bounded: past <see cref="MaxLineChars"/> the rest of the line is read and dropped.</summary>
    internal (string Line, bool TooLong, bool End) ReadLine(TextReader input)
    {
        lineBuffer.Clear();
        var tooLong = false;
        while (true)
        {
            var c = input.Read();
            if (c < 0) return (lineBuffer.ToString(), tooLong, true);
            if (c == '\n') return (lineBuffer.ToString(), tooLong, false);
            if (tooLong) continue;
            if (lineBuffer.Length >= MaxLineChars)
            {
                tooLong = true;
                lineBuffer.Clear();
                continue;
            }
            lineBuffer.Append((char)c);
        }
    }
}
