using System.Text.Json;

namespace ScopeFn.Oracle.Serve;

/// <summary>
/// One <c>scopefn serve</c> request: <c>{"id": any, "script": "…", "options": {"trace": bool,
/// "timeout_ms": int, "step_budget": int}}</c>. The id is echoed back verbatim (raw JSON).
/// </summary>
public sealed record ServeRequest(string IdJson, string Script, bool Trace, long TimeoutMs, long StepBudget)
{
    public const long DefaultTimeoutMs = 1_000;
    public const long MaxTimeoutMs = 60_000;
    public const long DefaultStepBudget = 1_000_000;
    public const long MaxStepBudget = 100_000_000;

    /// <summary>The request, or the reason it is not one (with whatever id could be read, else <c>null</c>).</summary>
    public static (ServeRequest? Request, string IdJson, string? Problem) Parse(string line, int maxScriptChars)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException e)
        {
            return (null, "null", $"request is not JSON: {e.Message}");
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return (null, "null", "request must be a JSON object");
            var id = root.TryGetProperty("id", out var idValue) ? idValue.GetRawText() : "null";
            if (!root.TryGetProperty("script", out var script) || script.ValueKind != JsonValueKind.String)
                return (null, id, "request needs a string \"script\"");
            var text = script.GetString()!;
            if (text.Length > maxScriptChars)
                return (null, id, $"script of {text.Length} characters exceeds the limit of {maxScriptChars}");
            var trace = false;
            var timeout = DefaultTimeoutMs;
            var steps = DefaultStepBudget;
            if (root.TryGetProperty("options", out var options) && options.ValueKind != JsonValueKind.Null)
            {
                if (options.ValueKind != JsonValueKind.Object) return (null, id, "\"options\" must be an object");
                if (options.TryGetProperty("trace", out var t))
                {
                    if (t.ValueKind is not (JsonValueKind.True or JsonValueKind.False)) return (null, id, "\"options.trace\" must be a boolean");
                    trace = t.GetBoolean();
                }
                if (options.TryGetProperty("timeout_ms", out var ms))
                {
                    if (ms.ValueKind != JsonValueKind.Number || !ms.TryGetInt64(out timeout) || timeout <= 0 || timeout > MaxTimeoutMs)
                        return (null, id, $"\"options.timeout_ms\" must be an integer in 1..{MaxTimeoutMs}");
                }
                if (options.TryGetProperty("step_budget", out var sb))
                {
                    if (sb.ValueKind != JsonValueKind.Number || !sb.TryGetInt64(out steps) || steps <= 0 || steps > MaxStepBudget)
                        return (null, id, $"\"options.step_budget\" must be an integer in 1..{MaxStepBudget}");
                }
            }
            return (new ServeRequest(id, text, trace, timeout, steps), id, null);
        }
    }
}
