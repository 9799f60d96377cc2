namespace ScopeFn.Oracle.Trace;

/// <summary>JSON value kinds a trace field may hold (docs/trace-schema.md).</summary>
[Flags]
public enum FieldKind
{
    String = 1,
    Integer = 2,
    Boolean = 4,
    Null = 8,
    StringArray = 16,
    ShapeArray = 32,
}

/// <summary>
/// The trace format, version 1: the header's fields and, per event type, the fields every event
/// of that type must carry. Readers ignore fields not listed here, so producers may add their own.
/// </summary>
public static class TraceSchema
{
    public const string Name = "scopefn-trace";
    public const int Version = 1;

    public static readonly IReadOnlyDictionary<string, IReadOnlyList<(string Field, FieldKind Kind)>> Events =
        new Dictionary<string, IReadOnlyList<(string, FieldKind)>>(StringComparer.Ordinal)
        {
            ["scope_enter"] =
            [
                ("line", FieldKind.Integer), ("kind", FieldKind.String), ("requested", FieldKind.String | FieldKind.Null),
                ("default_name", FieldKind.String | FieldKind.Null), ("graph", FieldKind.Integer | FieldKind.Null),
                ("name_scope", FieldKind.String), ("variable_scope", FieldKind.String),
            ],
            ["scope_exit"] =
            [
                ("line", FieldKind.Integer), ("kind", FieldKind.String), ("graph", FieldKind.Integer | FieldKind.Null),
                ("name_scope", FieldKind.String), ("variable_scope", FieldKind.String),
            ],
            ["op"] =
            [
                ("line", FieldKind.Integer), ("graph", FieldKind.Integer), ("name", FieldKind.String), ("type", FieldKind.String),
                ("inputs", FieldKind.StringArray), ("control_inputs", FieldKind.StringArray), ("device", FieldKind.String),
            ],
            ["variable"] =
            [
                ("line", FieldKind.Integer), ("graph", FieldKind.Integer), ("name", FieldKind.String),
                ("shape", FieldKind.ShapeArray | FieldKind.Null), ("dtype", FieldKind.String), ("kind", FieldKind.String),
                ("trainable", FieldKind.Boolean), ("collections", FieldKind.StringArray), ("created", FieldKind.Boolean),
            ],
            ["error"] = [("line", FieldKind.Integer), ("type", FieldKind.String), ("message", FieldKind.String)],
            ["output"] = [("line", FieldKind.Integer), ("text", FieldKind.String)],
            ["fetch"] = [("line", FieldKind.Integer), ("fetches", FieldKind.StringArray), ("value", FieldKind.String)],
            ["exit"] =
            [
                ("line", FieldKind.Integer), ("code", FieldKind.Integer), ("type", FieldKind.String | FieldKind.Null),
                ("message", FieldKind.String | FieldKind.Null),
            ],
        };
}
