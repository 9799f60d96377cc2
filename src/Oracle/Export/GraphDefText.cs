using System.Globalization;
using System.Text;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Types;

namespace ScopeFn.Oracle.Export;

/// <summary>
/// A graph as TensorFlow's <c>GraphDef</c> in protobuf text format (graph.proto, node_def.proto,
/// attr_value.proto, tensor.proto, tensor_shape.proto): what <c>tf.io.write_graph(..., as_text=True)</c>
/// writes and <c>text_format.Parse</c> reads. As Python's <c>text_format.MessageToString</c> prints
/// proto3 messages: fields in field-number order, map entries sorted by key, scalar fields at their
/// default value left out (a oneof member, such as an AttrValue's value, always printed), floats
/// as <c>str()</c> of the shortest value that round-trips through float32.
/// </summary>
public static partial class GraphDefText
{
    /// <summary>See <see cref="GraphDef.DefaultProducer"/>.</summary>
    public const int Producer = GraphDef.DefaultProducer;

    public static string Write(Graph graph) => Write(GraphDef.From(graph));

    public static string Write(GraphDef graph)
    {
        var w = new ProtoTextWriter();
        foreach (var node in graph.Nodes) WriteNode(w, "node", node);
        // GraphDef's fields in number order: node (1), library (2), versions (4).
        if (!graph.Library.IsEmpty) WriteLibrary(w, graph.Library);
        if (graph.Producer != 0 || graph.MinConsumer != 0)
        {
            w.Open("versions");
            if (graph.Producer != 0) w.Field("producer", graph.Producer.ToString(CultureInfo.InvariantCulture));
            if (graph.MinConsumer != 0) w.Field("min_consumer", graph.MinConsumer.ToString(CultureInfo.InvariantCulture));
            w.Close();
        }
        return w.ToString();
    }

    /// <summary>A NodeDef (a graph's <c>node</c> or a function's <c>node_def</c>).</summary>
    private static void WriteNode(ProtoTextWriter w, string field, NodeDef node)
    {
        w.Open(field);
        if (node.Name.Length > 0) w.Field("name", Quote(node.Name));
        if (node.Op.Length > 0) w.Field("op", Quote(node.Op));
        foreach (var input in node.Inputs) w.Field("input", Quote(input));
        if (node.Device.Length > 0) w.Field("device", Quote(node.Device));
        WriteAttrMap(w, "attr", node.Attrs);
        w.Close();
    }

    /// <summary>A <c>map&lt;string, AttrValue&gt;</c>: Python's text_format prints a map's entries sorted by key (code-point order).</summary>
    private static void WriteAttrMap(ProtoTextWriter w, string field, IEnumerable<(string Key, AttrValue Value)> attrs)
    {
        foreach (var (key, value) in attrs.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            w.Open(field);
            w.Field("key", Quote(key));
            w.Open("value");
            WriteAttr(w, value);
            w.Close();
            w.Close();
        }
    }

    private static void WriteAttr(ProtoTextWriter w, AttrValue value)
    {
        switch (value)
        {
            case AttrValue.ListValue l:
                w.Open("list");
                // ListValue's fields are printed in field-number order: s, i, f, b, type, shape, tensor.
                foreach (var item in l.Items.OrderBy(ListOrder)) WriteScalar(w, item);
                w.Close();
                break;
            default: WriteScalar(w, value); break;
        }
    }

    private static int ListOrder(AttrValue v) => v switch
    {
        AttrValue.StringValue => 2,
        AttrValue.IntValue => 3,
        AttrValue.FloatValue => 4,
        AttrValue.BoolValue => 5,
        AttrValue.TypeValue => 6,
        AttrValue.ShapeValue => 7,
        AttrValue.TensorValue => 8,
        _ => 9,
    };

    private static void WriteScalar(ProtoTextWriter w, AttrValue value)
    {
        switch (value)
        {
            case AttrValue.TypeValue t: w.Field("type", TypeName(t.DType)); break;
            case AttrValue.ShapeValue s: w.Open("shape"); WriteShape(w, s.Shape); w.Close(); break;
            case AttrValue.IntValue i: w.Field("i", i.Value.ToString(CultureInfo.InvariantCulture)); break;
            case AttrValue.FloatValue f: w.Field("f", Float32(f.Value)); break;
            case AttrValue.BoolValue b: w.Field("b", b.Value ? "true" : "false"); break;
            case AttrValue.StringValue s: w.Field("s", Quote(s.Value)); break;
            case AttrValue.TensorValue t: w.Open("tensor"); WriteTensor(w, t.Tensor); w.Close(); break;
            case AttrValue.FuncValue f: w.Open("func"); w.Field("name", Quote(f.Name)); w.Close(); break;
            default: throw new ArgumentException($"attr value {value} has no text form");
        }
    }

    /// <summary>TensorShapeProto: one <c>dim</c> per dimension, size -1 when unknown (a size of 0 is the default, so not printed); <c>unknown_rank</c> when the rank is unknown.</summary>
    private static void WriteShape(ProtoTextWriter w, TensorShape shape)
    {
        if (shape.Dims is not { } dims)
        {
            w.Field("unknown_rank", "true");
            return;
        }
        foreach (var d in dims)
        {
            w.Open("dim");
            if ((d ?? -1) != 0) w.Field("size", (d ?? -1).ToString(CultureInfo.InvariantCulture));
            w.Close();
        }
    }

    /// <summary>TensorProto laid out as <see cref="TensorProtoLayout"/> says, the same fields the binary form carries.</summary>
    private static void WriteTensor(ProtoTextWriter w, TensorLiteral t)
    {
        w.Field("dtype", TypeName(t.DType));
        w.Open("tensor_shape");
        WriteShape(w, t.StaticShape);
        w.Close();
        if (TensorProtoLayout.UsesContent(t))
        {
            w.Field("tensor_content", Quote(TensorProtoLayout.Content(t)));
            return;
        }
        var (_, field) = TensorProtoLayout.ValField(t.DType);
        for (var i = 0; i < t.Count; i++)
        {
            var text = TensorProtoLayout.FieldValue(t, i) switch
            {
                float f => Float32(f),
                double d => PyRepr.Float(d),
                bool b => b ? "true" : "false",
                string s => Quote(s),
                long l => l.ToString(CultureInfo.InvariantCulture),
                var o => throw new InvalidOperationException($"unexpected tensor value {o}"),
            };
            w.Field(field, text);
        }
    }

    /// <summary>The DataType enum value's name as protobuf prints it, e.g. <c>DT_FLOAT</c>.</summary>
    public static string TypeName(DType d) => AttrValue.Of(d).Summarize();

    /// <summary>
    /// A float field as text_format prints it (<c>_PrintFieldValue</c>, CPPTYPE_FLOAT): Python's
    /// <c>str</c> of <c>type_checkers.ToShortestFloat(value)</c>, the shortest decimal that
    /// round-trips through float32: <c>2.0</c>, <c>0.1</c>, <c>1e-05</c>, <c>inf</c>, <c>nan</c>.
    /// </summary>
    public static string Float32(double value)
    {
        var f = (float)value;
        if (float.IsNaN(f) || float.IsInfinity(f)) return PyRepr.Float(f);
        return PyRepr.Float(double.Parse(f.ToString("R", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));
    }

    /// <summary>A protobuf text-format string literal (C-style escapes, octal for other bytes), as text_encoding.CEscape writes it.</summary>
    public static string Quote(string s) => Quote(Encoding.UTF8.GetBytes(s));

    public static string Quote(byte[] bytes)
    {
        var sb = new StringBuilder("\"");
        foreach (var b in bytes)
        {
            switch (b)
            {
                case (byte)'"': sb.Append("\\\""); break;
                case (byte)'\'': sb.Append("\\'"); break;
                case (byte)'\\': sb.Append("\\\\"); break;
                case (byte)'\n': sb.Append("\\n"); break;
                case (byte)'\r': sb.Append("\\r"); break;
                case (byte)'\t': sb.Append("\\t"); break;
                default:
                    if (b < 0x20 || b >= 0x7f) sb.Append('\\').Append(Convert.ToString(b, 8).PadLeft(3, '0'));
                    else sb.Append((char)b);
                    break;
            }
        }
        return sb.Append('"').ToString();
    }
}
