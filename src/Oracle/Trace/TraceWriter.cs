using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ScopeFn.Script.Trace;

namespace ScopeFn.Oracle.Trace;

/// <summary>
/// Writes a trace as JSON Lines: the header, then one object per event with its keys in the
/// order docs/trace-schema.md lists them. No timestamps or paths, so equal runs give equal bytes.
/// </summary>
public static class TraceWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Producer => $"scopefn {typeof(TraceWriter).Assembly.GetName().Version}";

    public static string Write(IEnumerable<TraceEvent> events)
    {
        var text = new StringBuilder();
        text.Append(Line(w =>
        {
            w.WriteString("schema", TraceSchema.Name);
            w.WriteNumber("version", TraceSchema.Version);
            w.WriteString("producer", Producer);
        })).Append('\n');
        foreach (var e in events) text.Append(Line(w => Event(w, e))).Append('\n');
        return text.ToString();
    }

    private static string Line(Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            body(w);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Event(Utf8JsonWriter w, TraceEvent e)
    {
        switch (e)
        {
            case TraceEvent.ScopeEnter s:
                Head(w, "scope_enter", s.Line);
                w.WriteString("kind", s.Kind);
                Str(w, "requested", s.Requested);
                Str(w, "default_name", s.DefaultName);
                Int(w, "graph", s.Graph);
                w.WriteString("name_scope", s.NameScope);
                w.WriteString("variable_scope", s.VariableScope);
                break;
            case TraceEvent.ScopeExit s:
                Head(w, "scope_exit", s.Line);
                w.WriteString("kind", s.Kind);
                Int(w, "graph", s.Graph);
                w.WriteString("name_scope", s.NameScope);
                w.WriteString("variable_scope", s.VariableScope);
                break;
            case TraceEvent.OpCreated o:
                Head(w, "op", o.Line);
                w.WriteNumber("graph", o.Graph);
                w.WriteString("name", o.Name);
                w.WriteString("type", o.Type);
                Strings(w, "inputs", o.Inputs);
                Strings(w, "control_inputs", o.ControlInputs);
                w.WriteString("device", o.Device);
                break;
            case TraceEvent.VariableReturned v:
                Head(w, "variable", v.Line);
                w.WriteNumber("graph", v.Graph);
                w.WriteString("name", v.Name);
                if (v.Shape is null) w.WriteNull("shape");
                else
                {
                    w.WriteStartArray("shape");
                    foreach (var d in v.Shape)
                        if (d is { } n) w.WriteNumberValue(n);
                        else w.WriteNullValue();
                    w.WriteEndArray();
                }
                w.WriteString("dtype", v.DType);
                w.WriteString("kind", v.Kind);
                w.WriteBoolean("trainable", v.Trainable);
                Strings(w, "collections", v.Collections);
                w.WriteBoolean("created", v.Created);
                break;
            case TraceEvent.Error x:
                Head(w, "error", x.Line);
                w.WriteString("type", x.Type);
                w.WriteString("message", x.Message);
                break;
            case TraceEvent.Output o:
                Head(w, "output", o.Line);
                w.WriteString("text", o.Text);
                break;
            case TraceEvent.Fetch f:
                Head(w, "fetch", f.Line);
                Strings(w, "fetches", f.Fetches);
                w.WriteString("value", f.Value);
                break;
            case TraceEvent.Exit x:
                Head(w, "exit", x.Line);
                w.WriteNumber("code", x.Code);
                Str(w, "type", x.Type);
                Str(w, "message", x.Message);
                break;
            default:
                throw new ArgumentException($"unknown trace event {e.GetType().Name}", nameof(e));
        }
    }

    private static void Head(Utf8JsonWriter w, string name, int line)
    {
        w.WriteString("event", name);
        w.WriteNumber("line", line);
    }

    private static void Str(Utf8JsonWriter w, string key, string? value)
    {
        if (value is null) w.WriteNull(key);
        else w.WriteString(key, value);
    }

    private static void Int(Utf8JsonWriter w, string key, int? value)
    {
        if (value is { } v) w.WriteNumber(key, v);
        else w.WriteNull(key);
    }

    private static void Strings(Utf8JsonWriter w, string key, IEnumerable<string> values)
    {
        w.WriteStartArray(key);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }
}
