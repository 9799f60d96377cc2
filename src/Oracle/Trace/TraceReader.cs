using System.Text.Json;

namespace ScopeFn.Oracle.Trace;

/// <summary>A trace that does not follow docs/trace-schema.md, with the file and line at fault.</summary>
public sealed class TraceFormatException(string file, int line, string message) : Exception($"{file}:{line}: {message}")
{
    public string File { get; } = file;
    public int Line { get; } = line;
}

/// <summary>One event as read: its type, the schema's fields (other fields dropped) and the file line it was on.</summary>
public sealed record TraceRecord(int FileLine, string Event, IReadOnlyDictionary<string, JsonElement> Fields)
{
    public int ScriptLine => Fields.TryGetValue("line", out var l) && l.ValueKind == JsonValueKind.Number ? l.GetInt32() : 0;
    public string? Text(string field) => Fields.TryGetValue(field, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}

/// <summary>
/// Reads a trace written by any producer: keys in any order and unknown keys are accepted; the
/// schema name and version must match exactly, and every field the schema requires must be
/// present with its JSON kind.
/// </summary>
public static class TraceReader
{
    public static IReadOnlyList<TraceRecord> ReadFile(string path) => Read(File.ReadAllText(path), path);

    public static IReadOnlyList<TraceRecord> Read(string text, string file)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var records = new List<TraceRecord>();
        var sawHeader = false;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0) continue;
            var number = i + 1;
            JsonElement root;
            try
            {
                using var doc = JsonDocument.Parse(lines[i]);
                root = doc.RootElement.Clone();
            }
            catch (JsonException e)
            {
                throw new TraceFormatException(file, number, $"not JSON: {e.Message}");
            }
            if (root.ValueKind != JsonValueKind.Object) throw new TraceFormatException(file, number, $"expected a JSON object, found {Kind(root)}");
            if (!sawHeader)
            {
                Header(root, file, number);
                sawHeader = true;
                continue;
            }
            records.Add(Event(root, file, number));
        }
        if (!sawHeader) throw new TraceFormatException(file, 1, "empty trace: the header line is missing");
        return records;
    }

    private static void Header(JsonElement root, string file, int line)
    {
        if (!root.TryGetProperty("schema", out var schema) || schema.ValueKind != JsonValueKind.String || schema.GetString() != TraceSchema.Name)
            throw new TraceFormatException(file, line, $"the first line must be the header {{\"schema\": \"{TraceSchema.Name}\", \"version\": {TraceSchema.Version}, …}}");
        if (!root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number)
            throw new TraceFormatException(file, line, "the header has no integer \"version\"");
        if (!version.TryGetInt32(out var v) || v != TraceSchema.Version)
            throw new TraceFormatException(file, line, $"unsupported trace version {version.GetRawText()}; this reader reads version {TraceSchema.Version}");
    }

    private static TraceRecord Event(JsonElement root, string file, int line)
    {
        if (!root.TryGetProperty("event", out var kind) || kind.ValueKind != JsonValueKind.String)
            throw new TraceFormatException(file, line, "an event needs a string \"event\"");
        var name = kind.GetString()!;
        if (!TraceSchema.Events.TryGetValue(name, out var fields))
            throw new TraceFormatException(file, line, $"unknown event type \"{name}\" (expected one of {string.Join(", ", TraceSchema.Events.Keys)})");
        var values = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var (field, expected) in fields)
        {
            if (!root.TryGetProperty(field, out var value))
                throw new TraceFormatException(file, line, $"\"{name}\" event without \"{field}\"");
            if (!Fits(value, expected))
                throw new TraceFormatException(file, line, $"\"{name}\" event: \"{field}\" must be {Describe(expected)}, found {Kind(value)}");
            values[field] = value;
        }
        return new TraceRecord(line, name, values);
    }

    private static bool Fits(JsonElement v, FieldKind kind) => v.ValueKind switch
    {
        JsonValueKind.String => kind.HasFlag(FieldKind.String),
        JsonValueKind.Number => kind.HasFlag(FieldKind.Integer) && v.TryGetInt64(out _),
        JsonValueKind.True or JsonValueKind.False => kind.HasFlag(FieldKind.Boolean),
        JsonValueKind.Null => kind.HasFlag(FieldKind.Null),
        JsonValueKind.Array =>
            (kind.HasFlag(FieldKind.StringArray) && v.EnumerateArray().All(x => x.ValueKind == JsonValueKind.String))
            || (kind.HasFlag(FieldKind.ShapeArray) && v.EnumerateArray().All(x => x.ValueKind == JsonValueKind.Null || (x.ValueKind == JsonValueKind.Number && x.TryGetInt64(out _)))),
        _ => false,
    };

    private static string Describe(FieldKind kind) => string.Join(" or ", Enum.GetValues<FieldKind>().Where(k => kind.HasFlag(k)).Select(k => k switch
    {
        FieldKind.String => "a string",
        FieldKind.Integer => "an integer",
        FieldKind.Boolean => "a boolean",
        FieldKind.Null => "null",
        FieldKind.StringArray => "an array of strings",
        _ => "an array of integers and nulls",
    }));

    private static string Kind(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.Number => v.TryGetInt64(out _) ? "an integer" : "a number",
        JsonValueKind.String => "a string",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => v.ValueKind.ToString(),
    };
}
