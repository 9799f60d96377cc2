using System.Text.Json;

namespace ScopeFn.Oracle.Trace;

/// <summary>The first point where two traces part, in words; null <see cref="Explanation"/> when they agree.</summary>
public sealed record TraceDifference(int EventIndex, string? Explanation)
{
    public bool Equal => Explanation is null;
}

/// <summary>
/// Compares an expected trace with an actual one event by event, on the fields the schema defines
/// (extra fields and key order never matter), and explains the first divergence.
/// </summary>
public static class TraceDiff
{
    public static TraceDifference Compare(IReadOnlyList<TraceRecord> expected, IReadOnlyList<TraceRecord> actual)
    {
        for (var i = 0; i < Math.Max(expected.Count, actual.Count); i++)
        {
            var index = i + 1;
            if (i >= expected.Count)
                return new(index, $"event {index} (line {actual[i].ScriptLine}): expected end of trace, got {Summary(actual[i])}");
            var e = expected[i];
            var at = $"event {index} (line {e.ScriptLine})";
            if (i >= actual.Count) return new(index, $"{at}: expected {Summary(e)}, got end of trace");
            var a = actual[i];
            if (e.Event != a.Event) return new(index, $"{at}: expected {Summary(e)}, got {Summary(a)}");
            // Line last: a wrong name says more than a wrong line.
            var fields = TraceSchema.Events[e.Event].Select(f => f.Field).Where(f => f != "line").Append("line");
            foreach (var field in fields)
            {
                var x = e.Fields[field];
                var y = a.Fields[field];
                if (!Same(x, y))
                    return new(index, $"{at}: {Noun(e)} {field.Replace('_', ' ')} differs: expected {Show(x)}, got {Show(y)}");
            }
        }
        return new(0, null);
    }

    private static string Noun(TraceRecord r) => r.Event switch
    {
        "op" => "op",
        "variable" => "variable",
        "scope_enter" => $"{r.Text("kind")} entry",
        "scope_exit" => $"{r.Text("kind")} exit",
        "error" => "error",
        "output" => "output",
        "fetch" => "fetch",
        _ => r.Event,
    };

    /// <summary>An event in a few words, for "expected X, got Y".</summary>
    public static string Summary(TraceRecord r) => r.Event switch
    {
        "op" => $"op '{r.Text("name")}' ({r.Text("type")})",
        "variable" => $"variable '{r.Text("name")}'",
        "scope_enter" => $"entry into {r.Text("kind")} '{r.Text("requested") ?? "None"}'",
        "scope_exit" => $"exit from {r.Text("kind")}",
        "error" => $"error {r.Text("type")}: {r.Text("message")}",
        "output" => $"output '{r.Text("text")}'",
        "fetch" => "fetch",
        "exit" => r.Fields["code"].GetInt32() == 0 ? "normal exit" : $"exit with {r.Text("type")}: {r.Text("message")}",
        _ => r.Event,
    };

    private static string Show(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.String => $"'{v.GetString()}'",
        JsonValueKind.Array => "[" + string.Join(", ", v.EnumerateArray().Select(Show)) + "]",
        JsonValueKind.Null => "None",
        _ => v.GetRawText(),
    };

    private static bool Same(JsonElement x, JsonElement y)
    {
        if (x.ValueKind != y.ValueKind) return false;
        return x.ValueKind switch
        {
            JsonValueKind.String => x.GetString() == y.GetString(),
            JsonValueKind.Number => x.GetInt64() == y.GetInt64(),
            JsonValueKind.Array => x.GetArrayLength() == y.GetArrayLength() && Enumerable.Zip(x.EnumerateArray(), y.EnumerateArray(), Same).All(b => b),
            _ => true,
        };
    }
}
