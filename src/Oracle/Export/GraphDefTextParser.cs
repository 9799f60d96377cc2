using System.Globalization;
using System.Text;
using LanguageExt;
using LanguageExt.ClassInstances;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Types;

namespace ScopeFn.Oracle.Export;

/// <summary>
/// Reads GraphDef protobuf text (the subset of the text format a GraphDef uses: <c>field: scalar</c>,
/// <c>field { … }</c> with or without a colon, quoted strings with C escapes, <c>#</c> comments) into a
/// <see cref="GraphDef"/>, so that text written by TensorFlow or by <see cref="GraphDefText"/> can be
/// compared with a binary GraphDef as values.
/// </summary>
public static partial class GraphDefTextParser
{
    /// <summary>A parsed text message: each field with its scalar token or its sub-message, in order.</summary>
    private sealed record Field(string Name, string? Scalar, bool Quoted, IReadOnlyList<Field> Children);

    public static GraphDef Parse(string text)
    {
        var fields = new Reader(text).Message(topLevel: true);
        var nodes = fields.Where(f => f.Name == "node").Select(ToNode).ToArray();
        int Version(string name) => fields.Where(f => f.Name == "versions").SelectMany(f => f.Children).Where(f => f.Name == name)
            .Select(f => int.Parse(f.Scalar!, CultureInfo.InvariantCulture)).LastOrDefault();
        // A repeated message field's occurrences merge (text_format): all "library" blocks add up.
        var library = ToLibrary(fields.Where(f => f.Name == "library").SelectMany(f => f.Children).ToList());
        return new GraphDef(nodes, Version("producer")) { Library = library, MinConsumer = Version("min_consumer") };
    }

    private static NodeDef ToNode(Field node)
    {
        string Last(string name) => node.Children.LastOrDefault(f => f.Name == name)?.Scalar ?? "";
        return new NodeDef(Last("name"), Last("op"), node.Children.Where(f => f.Name == "input").Select(f => f.Scalar!).ToArray(),
            Last("device"), ToAttrMap(node.Children, $"node '{Last("name")}'"));
    }

    /// <summary>The <c>attr</c> entries among <paramref name="fields"/> as a map (a missing key is "", a later entry wins).</summary>
    private static Map<OrdString, string, AttrValue> ToAttrMap(IEnumerable<Field> fields, string owner)
    {
        var attrs = Map<OrdString, string, AttrValue>.Empty;
        foreach (var attr in fields.Where(f => f.Name == "attr"))
        {
            var key = attr.Children.LastOrDefault(f => f.Name == "key")?.Scalar ?? "";
            var value = attr.Children.LastOrDefault(f => f.Name == "value")
                ?? throw new FormatException($"attr '{key}' of {owner} has no value");
            attrs = attrs.AddOrUpdate(key, ToAttr(value));
        }
        return attrs;
    }

    private static AttrValue ToAttr(Field value)
    {
        var f = value.Children.LastOrDefault() ?? throw new FormatException("an AttrValue has no value");
        return f.Name == "list" ? new AttrValue.ListValue(f.Children.Select(Scalar).ToSeq()) : Scalar(f);
    }

    private static AttrValue Scalar(Field f) => f.Name switch
    {
        "s" => new AttrValue.StringValue(f.Scalar!),
        "i" => new AttrValue.IntValue(long.Parse(f.Scalar!, CultureInfo.InvariantCulture)),
        "f" => new AttrValue.FloatValue((float)Number(f.Scalar!)),
        "b" => new AttrValue.BoolValue(Bool(f.Scalar!)),
        "type" => new AttrValue.TypeValue(Type(f.Scalar!)),
        "shape" => new AttrValue.ShapeValue(Shape(f)),
        "tensor" => new AttrValue.TensorValue(Tensor(f)),
        "func" => new AttrValue.FuncValue(f.Children.LastOrDefault(c => c.Name == "name")?.Scalar ?? ""),
        _ => throw new FormatException($"AttrValue field '{f.Name}' is not one ScopeFn models"),
    };

    private static TensorShape Shape(Field f)
    {
        if (f.Children.Any(c => c.Name == "unknown_rank" && Bool(c.Scalar!))) return TensorShape.Unknown;
        return TensorShape.Of(f.Children.Where(c => c.Name == "dim").Select(d =>
        {
            var size = long.Parse(d.Children.LastOrDefault(c => c.Name == "size")?.Scalar ?? "0", CultureInfo.InvariantCulture);
            return size < 0 ? (long?)null : size;
        }));
    }

    private static TensorLiteral Tensor(Field f)
    {
        var dtype = Type(f.Children.LastOrDefault(c => c.Name == "dtype")?.Scalar ?? "DT_INVALID");
        var shape = f.Children.LastOrDefault(c => c.Name == "tensor_shape") is { } s ? Shape(s) : TensorShape.Scalar;
        if (!shape.IsFullyDefined) throw new FormatException("a TensorProto's shape must be fully defined");
        var content = f.Children.LastOrDefault(c => c.Name == "tensor_content") is { } c ? Latin1(c.Scalar!) : null;
        var values = f.Children.Where(c => c.Name.EndsWith("_val", StringComparison.Ordinal)).Select(c => c.Name switch
        {
            "float_val" => (object)(float)Number(c.Scalar!),
            "double_val" => Number(c.Scalar!),
            "bool_val" => Bool(c.Scalar!),
            "string_val" => c.Scalar!,
            _ => long.Parse(c.Scalar!, CultureInfo.InvariantCulture),
        }).ToList();
        return TensorProtoLayout.ToLiteral(dtype, shape.ToArray().Select(d => d!.Value).ToArray(), content, values);
    }

    /// <summary>A float token: digits with an optional <c>f</c> suffix, or text_format's <c>inf</c>/<c>nan</c> spellings.</summary>
    private static double Number(string s) => s.ToLowerInvariant() switch
    {
        "nan" or "-nan" or "nanf" => double.NaN,
        "inf" or "infinity" or "inff" or "infinityf" => double.PositiveInfinity,
        "-inf" or "-infinity" or "-inff" or "-infinityf" => double.NegativeInfinity,
        var t => double.Parse(t.EndsWith('f') ? t[..^1] : t, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    private static bool Bool(string s) => s is "true" or "True" or "t" or "1";

    private static DType Type(string name) =>
        DType.All.FirstOrDefault(d => GraphDefText.TypeName(d) == name) ?? throw new FormatException($"unknown DataType {name}");

    /// <summary>Quoted scalars are kept as strings of bytes (one char per byte) until a bytes field needs them.</summary>
    private static byte[] Latin1(string s) => s.Select(ch => (byte)ch).ToArray();

    private sealed class Reader(string text)
    {
        private int pos;

        public List<Field> Message(bool topLevel)
        {
            var fields = new List<Field>();
            while (true)
            {
                SkipSpace();
                if (pos >= text.Length)
                {
                    if (topLevel) return fields;
                    throw Error("unexpected end of text inside a message");
                }
                if (text[pos] == '}')
                {
                    if (topLevel) throw Error("unbalanced '}'");
                    pos++;
                    return fields;
                }
                var name = Identifier();
                SkipSpace();
                var colon = Peek(':');
                if (colon) { pos++; SkipSpace(); }
                if (Peek('{'))
                {
                    pos++;
                    fields.Add(new Field(name, null, false, Message(topLevel: false)));
                }
                else if (!colon) throw Error($"expected ':' or '{{' after '{name}'");
                else if (Peek('"') || Peek('\''))
                {
                    var bytes = new List<byte>();
                    while (Peek('"') || Peek('\'')) { bytes.AddRange(QuotedBytes()); SkipSpace(); }
                    var raw = bytes.ToArray();
                    // tensor_content is bytes; every other quoted field here is a UTF-8 string.
                    var scalar = name == "tensor_content" ? new string(raw.Select(b => (char)b).ToArray()) : Encoding.UTF8.GetString(raw);
                    fields.Add(new Field(name, scalar, true, []));
                }
                else fields.Add(new Field(name, Token(), false, []));
            }
        }

        private bool Peek(char c) => pos < text.Length && text[pos] == c;

        private void SkipSpace()
        {
            while (pos < text.Length)
            {
                if (char.IsWhiteSpace(text[pos]) || text[pos] == ',' || text[pos] == ';') pos++;
                else if (text[pos] == '#') { while (pos < text.Length && text[pos] != '\n') pos++; }
                else break;
            }
        }

        private string Identifier()
        {
            var start = pos;
            while (pos < text.Length && (char.IsAsciiLetterOrDigit(text[pos]) || text[pos] == '_')) pos++;
            if (pos == start) throw Error($"expected a field name at '{text[pos]}'");
            return text[start..pos];
        }

        private string Token()
        {
            var start = pos;
            while (pos < text.Length && (char.IsAsciiLetterOrDigit(text[pos]) || text[pos] is '_' or '-' or '+' or '.')) pos++;
            if (pos == start) throw Error("expected a value");
            return text[start..pos];
        }

        private List<byte> QuotedBytes()
        {
            var quote = text[pos++];
            var bytes = new List<byte>();
            while (pos < text.Length && text[pos] != quote)
            {
                var ch = text[pos++];
                if (ch != '\\')
                {
                    bytes.AddRange(Encoding.UTF8.GetBytes(ch.ToString()));
                    continue;
                }
                var e = text[pos++];
                switch (e)
                {
                    case 'n': bytes.Add((byte)'\n'); break;
                    case 'r': bytes.Add((byte)'\r'); break;
                    case 't': bytes.Add((byte)'\t'); break;
                    case 'a': bytes.Add(7); break;
                    case 'b': bytes.Add(8); break;
                    case 'f': bytes.Add(12); break;
                    case 'v': bytes.Add(11); break;
                    case 'x':
                        var hex = 0; var n = 0;
                        while (n < 2 && pos < text.Length && Uri.IsHexDigit(text[pos])) { hex = hex * 16 + Convert.ToInt32(text[pos++].ToString(), 16); n++; }
                        bytes.Add((byte)hex);
                        break;
                    case >= '0' and <= '7':
                        var oct = e - '0'; var digits = 1;
                        while (digits < 3 && pos < text.Length && text[pos] is >= '0' and <= '7') { oct = oct * 8 + (text[pos++] - '0'); digits++; }
                        bytes.Add((byte)oct);
                        break;
                    default: bytes.Add((byte)e); break;
                }
            }
            if (pos >= text.Length) throw Error("unterminated string");
            pos++;
            return bytes;
        }

        private FormatException Error(string message)
        {
            var line = text[..Math.Min(pos, text.Length)].Count(c => c == '\n') + 1;
            return new FormatException($"GraphDef text, line {line}: {message}");
        }
    }
}
