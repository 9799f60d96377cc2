using Google.Protobuf;
using LanguageExt;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Types;
using static Google.Protobuf.WireFormat;

namespace ScopeFn.Oracle.Export;

/// <summary>
/// A <see cref="GraphDef"/> in protobuf's binary wire format, what <c>tf.io.write_graph(...,
/// as_text=False)</c> writes and <c>GraphDef.ParseFromString</c> reads. Written by hand on
/// Google.Protobuf's <see cref="CodedOutputStream"/> / <see cref="CodedInputStream"/> with the field
/// numbers of TF's .proto files rather than with protoc-generated classes: generating needs TF's
/// .proto sources vendored into this repository, while the handful of messages a GraphDef uses fit
/// in one file whose field numbers are checked against a hand-derived byte sequence in the tests.
/// Fields are written in field-number order and map entries sorted by key, as protobuf's
/// deterministic serialization does; proto3 fields at their default value are omitted, oneof
/// members (an AttrValue's value) never are.
/// </summary>
public static partial class GraphDefBinary
{
    // graph.proto GraphDef / versions.proto VersionDef
    private const int GraphNode = 1, GraphLibrary = 2, GraphVersions = 4, VersionProducer = 1, VersionMinConsumer = 2;
    // node_def.proto NodeDef; a map field's entries are messages {key = 1; value = 2}
    private const int NodeName = 1, NodeOp = 2, NodeInput = 3, NodeDevice = 4, NodeAttr = 5, MapKey = 1, MapValue = 2;
    // attr_value.proto AttrValue (oneof value) and AttrValue.ListValue use the same numbers
    private const int AttrList = 1, AttrS = 2, AttrI = 3, AttrF = 4, AttrB = 5, AttrType = 6, AttrShape = 7, AttrTensor = 8, AttrFunc = 10, FuncName = 1;
    // tensor_shape.proto TensorShapeProto and its Dim
    private const int ShapeDim = 2, ShapeUnknownRank = 3, DimSize = 1;

    public static byte[] Encode(GraphDef graph) => Message(o =>
    {
        foreach (var node in graph.Nodes) Field(o, GraphNode, EncodeNode(node));
        if (!graph.Library.IsEmpty) Field(o, GraphLibrary, EncodeLibrary(graph.Library));
        if (graph.Producer != 0 || graph.MinConsumer != 0)
            Field(o, GraphVersions, Message(v =>
            {
                if (graph.Producer != 0) { v.WriteTag(VersionProducer, WireType.Varint); v.WriteInt32(graph.Producer); }
                if (graph.MinConsumer != 0) { v.WriteTag(VersionMinConsumer, WireType.Varint); v.WriteInt32(graph.MinConsumer); }
            }));
    });

    private static byte[] EncodeNode(NodeDef node) => Message(o =>
    {
        String(o, NodeName, node.Name);
        String(o, NodeOp, node.Op);
        foreach (var input in node.Inputs) { o.WriteTag(NodeInput, WireType.LengthDelimited); o.WriteString(input); }
        String(o, NodeDevice, node.Device);
        EncodeAttrMap(o, NodeAttr, node.Attrs);
    });

    /// <summary>A <c>map&lt;string, AttrValue&gt;</c> field: one {key, value} entry message per attr, sorted by key.</summary>
    private static void EncodeAttrMap(CodedOutputStream o, int number, IEnumerable<(string Key, AttrValue Value)> attrs)
    {
        foreach (var (key, value) in attrs.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            Field(o, number, Message(e =>
            {
                e.WriteTag(MapKey, WireType.LengthDelimited); e.WriteString(key);
                Field(e, MapValue, EncodeAttr(value));
            }));
    }

    private static byte[] EncodeAttr(AttrValue value) => Message(o =>
    {
        switch (value)
        {
            case AttrValue.ListValue l: Field(o, AttrList, EncodeList(l)); break;
            case AttrValue.StringValue s: o.WriteTag(AttrS, WireType.LengthDelimited); o.WriteString(s.Value); break;
            case AttrValue.IntValue i: o.WriteTag(AttrI, WireType.Varint); o.WriteInt64(i.Value); break;
            case AttrValue.FloatValue f: o.WriteTag(AttrF, WireType.Fixed32); o.WriteFloat((float)f.Value); break;
            case AttrValue.BoolValue b: o.WriteTag(AttrB, WireType.Varint); o.WriteBool(b.Value); break;
            case AttrValue.TypeValue t: o.WriteTag(AttrType, WireType.Varint); o.WriteEnum((int)t.DType.Enum); break;
            case AttrValue.ShapeValue s: Field(o, AttrShape, EncodeShape(s.Shape)); break;
            case AttrValue.TensorValue t: Field(o, AttrTensor, EncodeTensor(t.Tensor)); break;
            case AttrValue.FuncValue f: Field(o, AttrFunc, Message(n => String(n, FuncName, f.Name))); break;
            default: throw new ArgumentException($"attr value {value} has no protobuf form");
        }
    });

    /// <summary>A list attr: TF's lists hold one kind; the scalar kinds are packed (attr_value.proto).</summary>
    private static byte[] EncodeList(AttrValue.ListValue list)
    {
        var items = list.Items.ToList();
        if (items.Select(x => x.GetType()).Distinct().Count() > 1)
            throw new ArgumentException("a list attr holds values of one kind (attr_value.proto ListValue)");
        return Message(o =>
        {
            switch (items.FirstOrDefault())
            {
                case null: break;
                case AttrValue.StringValue:
                    foreach (var s in items.Cast<AttrValue.StringValue>()) { o.WriteTag(AttrS, WireType.LengthDelimited); o.WriteString(s.Value); }
                    break;
                case AttrValue.IntValue: Packed(o, AttrI, items.Cast<AttrValue.IntValue>(), (p, x) => p.WriteInt64(x.Value)); break;
                case AttrValue.FloatValue: Packed(o, AttrF, items.Cast<AttrValue.FloatValue>(), (p, x) => p.WriteFloat((float)x.Value)); break;
                case AttrValue.BoolValue: Packed(o, AttrB, items.Cast<AttrValue.BoolValue>(), (p, x) => p.WriteBool(x.Value)); break;
                case AttrValue.TypeValue: Packed(o, AttrType, items.Cast<AttrValue.TypeValue>(), (p, x) => p.WriteEnum((int)x.DType.Enum)); break;
                case AttrValue.ShapeValue: foreach (var s in items.Cast<AttrValue.ShapeValue>()) Field(o, AttrShape, EncodeShape(s.Shape)); break;
                case AttrValue.TensorValue: foreach (var t in items.Cast<AttrValue.TensorValue>()) Field(o, AttrTensor, EncodeTensor(t.Tensor)); break;
                default: throw new ArgumentException("nested lists have no protobuf form");
            }
        });
    }

    private static byte[] EncodeShape(TensorShape shape) => Message(o =>
    {
        if (shape.Dims is not { } dims)
        {
            o.WriteTag(ShapeUnknownRank, WireType.Varint);
            o.WriteBool(true);
            return;
        }
        foreach (var d in dims)
            Field(o, ShapeDim, Message(m =>
            {
                var size = d ?? -1;
                if (size != 0) { m.WriteTag(DimSize, WireType.Varint); m.WriteInt64(size); }
            }));
    });

    private static byte[] EncodeTensor(TensorLiteral t) => Message(o =>
    {
        if (t.DType.Enum != DTypeEnum.Invalid) { o.WriteTag(TensorProtoLayout.Dtype, WireType.Varint); o.WriteEnum((int)t.DType.Enum); }
        Field(o, TensorProtoLayout.TensorShape, EncodeShape(t.StaticShape));
        if (TensorProtoLayout.UsesContent(t))
        {
            o.WriteTag(TensorProtoLayout.TensorContent, WireType.LengthDelimited);
            o.WriteBytes(ByteString.CopyFrom(TensorProtoLayout.Content(t)));
            return;
        }
        if (t.Count == 0) return;
        var (number, _) = TensorProtoLayout.ValField(t.DType);
        var values = Enumerable.Range(0, t.Count).Select(i => TensorProtoLayout.FieldValue(t, i)).ToList();
        switch (t.DType.Enum)
        {
            case DTypeEnum.String:
                foreach (var s in values) { o.WriteTag(number, WireType.LengthDelimited); o.WriteString((string)s); }
                break;
            case DTypeEnum.Float: Packed(o, number, values, (p, v) => p.WriteFloat((float)v)); break;
            case DTypeEnum.Double: Packed(o, number, values, (p, v) => p.WriteDouble((double)v)); break;
            case DTypeEnum.Bool: Packed(o, number, values, (p, v) => p.WriteBool((bool)v)); break;
            case DTypeEnum.Int64: Packed(o, number, values, (p, v) => p.WriteInt64((long)v)); break;
            case DTypeEnum.UInt32: Packed(o, number, values, (p, v) => p.WriteUInt32((uint)(long)v)); break;
            case DTypeEnum.UInt64: Packed(o, number, values, (p, v) => p.WriteUInt64((ulong)(long)v)); break;
            default: Packed(o, number, values, (p, v) => p.WriteInt32((int)(long)v)); break;
        }
    });

    private static void Packed<T>(CodedOutputStream o, int number, IEnumerable<T> items, Action<CodedOutputStream, T> write) =>
        Field(o, number, Message(p => { foreach (var x in items) write(p, x); }));

    private static void String(CodedOutputStream o, int number, string value)
    {
        if (value.Length == 0) return;
        o.WriteTag(number, WireType.LengthDelimited);
        o.WriteString(value);
    }

    private static void Field(CodedOutputStream o, int number, byte[] message)
    {
        o.WriteTag(number, WireType.LengthDelimited);
        o.WriteBytes(ByteString.CopyFrom(message));
    }

    /// <summary>A length-delimited body is written to its own buffer first, so its length is known.</summary>
    private static byte[] Message(Action<CodedOutputStream> write)
    {
        using var buffer = new MemoryStream();
        using (var o = new CodedOutputStream(buffer, leaveOpen: true))
        {
            write(o);
            o.Flush();
        }
        return buffer.ToArray();
    }
}
