using Google.Protobuf;
using LanguageExt;
using LanguageExt.ClassInstances;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Types;
using static Google.Protobuf.WireFormat;

namespace ScopeFn.Oracle.Export;

/// <summary>
/// Reading a binary GraphDef back, as protobuf parsers do: unknown fields are skipped, repeated
/// scalars are accepted packed or not, and a later scalar field overrides an earlier one.
/// </summary>
public static partial class GraphDefBinary
{
    public static GraphDef Decode(byte[] bytes)
    {
        var nodes = new List<NodeDef>();
        var producer = 0;
        var minConsumer = 0;
        var library = FunctionDefLibrary.Empty;
        Read(bytes, (number, wire, input) =>
        {
            switch (number)
            {
                case GraphNode: nodes.Add(DecodeNode(input.ReadBytes())); return true;
                case GraphLibrary: library = DecodeLibrary(input.ReadBytes()); return true;
                case GraphVersions:
                    Read(input.ReadBytes(), (n, _, v) =>
                    {
                        if (n == VersionProducer) producer = v.ReadInt32();
                        else if (n == VersionMinConsumer) minConsumer = v.ReadInt32();
                        else return false;
                        return true;
                    });
                    return true;
                default: return false;
            }
        });
        return new GraphDef(nodes.ToArray(), producer) { Library = library, MinConsumer = minConsumer };
    }

    private static NodeDef DecodeNode(ByteString bytes)
    {
        string name = "", op = "", device = "";
        var inputs = new List<string>();
        var attrs = Map<OrdString, string, AttrValue>.Empty;
        Read(bytes, (number, wire, input) =>
        {
            switch (number)
            {
                case NodeName: name = input.ReadString(); return true;
                case NodeOp: op = input.ReadString(); return true;
                case NodeInput: inputs.Add(input.ReadString()); return true;
                case NodeDevice: device = input.ReadString(); return true;
                case NodeAttr: attrs = DecodeAttrEntry(input.ReadBytes(), attrs, $"node '{name}'"); return true;
                default: return false;
            }
        });
        return new NodeDef(name, op, inputs.ToArray(), device, attrs);
    }

    /// <summary>One {key, value} entry of a <c>map&lt;string, AttrValue&gt;</c>, added to <paramref name="attrs"/> (a later entry for a key wins).</summary>
    private static Map<OrdString, string, AttrValue> DecodeAttrEntry(ByteString bytes, Map<OrdString, string, AttrValue> attrs, string owner)
    {
        string key = "";
        AttrValue? value = null;
        Read(bytes, (n, _, e) =>
        {
            if (n == MapKey) key = e.ReadString();
            else if (n == MapValue) value = DecodeAttr(e.ReadBytes());
            else return false;
            return true;
        });
        return attrs.AddOrUpdate(key, value ?? throw new InvalidDataException($"attr '{key}' of {owner} has no value"));
    }

    private static AttrValue DecodeAttr(ByteString bytes)
    {
        AttrValue? value = null;
        Read(bytes, (number, wire, input) =>
        {
            value = number switch
            {
                AttrList => DecodeList(input.ReadBytes()),
                AttrS => new AttrValue.StringValue(input.ReadBytes().ToStringUtf8()),
                AttrI => new AttrValue.IntValue(input.ReadInt64()),
                AttrF => new AttrValue.FloatValue(input.ReadFloat()),
                AttrB => new AttrValue.BoolValue(input.ReadBool()),
                AttrType => new AttrValue.TypeValue(DType.FromEnum((DTypeEnum)input.ReadEnum())),
                AttrShape => new AttrValue.ShapeValue(DecodeShape(input.ReadBytes())),
                AttrTensor => new AttrValue.TensorValue(DecodeTensor(input.ReadBytes())),
                AttrFunc => new AttrValue.FuncValue(DecodeFuncName(input.ReadBytes())),
                _ => value,
            };
            return number is (>= AttrList and <= AttrTensor) or AttrFunc;
        });
        return value ?? throw new InvalidDataException("an AttrValue has none of the value kinds ScopeFn models");
    }

    /// <summary>attr_value.proto NameAttrList: the function's name (ScopeFn's func attrs carry no attrs).</summary>
    private static string DecodeFuncName(ByteString bytes)
    {
        var name = "";
        Read(bytes, (number, wire, input) =>
        {
            if (number != FuncName) return false;
            name = input.ReadString();
            return true;
        });
        return name;
    }

    private static AttrValue DecodeList(ByteString bytes)
    {
        var items = new List<AttrValue>();
        Read(bytes, (number, wire, input) =>
        {
            switch (number)
            {
                case AttrS: items.Add(new AttrValue.StringValue(input.ReadBytes().ToStringUtf8())); return true;
                case AttrI: Repeated(input, wire, i => items.Add(new AttrValue.IntValue(i.ReadInt64()))); return true;
                case AttrF: Repeated(input, wire, i => items.Add(new AttrValue.FloatValue(i.ReadFloat()))); return true;
                case AttrB: Repeated(input, wire, i => items.Add(new AttrValue.BoolValue(i.ReadBool()))); return true;
                case AttrType: Repeated(input, wire, i => items.Add(new AttrValue.TypeValue(DType.FromEnum((DTypeEnum)i.ReadEnum())))); return true;
                case AttrShape: items.Add(new AttrValue.ShapeValue(DecodeShape(input.ReadBytes()))); return true;
                case AttrTensor: items.Add(new AttrValue.TensorValue(DecodeTensor(input.ReadBytes()))); return true;
                default: return false;
            }
        });
        return new AttrValue.ListValue(items.ToSeq());
    }

    private static TensorShape DecodeShape(ByteString bytes)
    {
        var dims = new List<long?>();
        var unknownRank = false;
        Read(bytes, (number, wire, input) =>
        {
            switch (number)
            {
                case ShapeDim:
                    long size = 0;
                    Read(input.ReadBytes(), (n, _, d) =>
                    {
                        if (n != DimSize) return false;
                        size = d.ReadInt64();
                        return true;
                    });
                    dims.Add(size < 0 ? null : size);
                    return true;
                case ShapeUnknownRank: unknownRank = input.ReadBool(); return true;
                default: return false;
            }
        });
        return unknownRank ? TensorShape.Unknown : TensorShape.Of(dims);
    }

    private static TensorLiteral DecodeTensor(ByteString bytes)
    {
        var dtype = DTypeEnum.Invalid;
        var shape = TensorShape.Scalar;
        byte[]? content = null;
        var values = new List<object>();
        Read(bytes, (number, wire, input) =>
        {
            switch (number)
            {
                case TensorProtoLayout.Dtype: dtype = (DTypeEnum)input.ReadEnum(); return true;
                case TensorProtoLayout.TensorShape: shape = DecodeShape(input.ReadBytes()); return true;
                case TensorProtoLayout.TensorContent: content = input.ReadBytes().ToByteArray(); return true;
                case TensorProtoLayout.FloatVal: Repeated(input, wire, i => values.Add(i.ReadFloat())); return true;
                case TensorProtoLayout.DoubleVal: Repeated(input, wire, i => values.Add(i.ReadDouble())); return true;
                case TensorProtoLayout.IntVal or TensorProtoLayout.HalfVal: Repeated(input, wire, i => values.Add((long)i.ReadInt32())); return true;
                case TensorProtoLayout.Int64Val: Repeated(input, wire, i => values.Add(i.ReadInt64())); return true;
                case TensorProtoLayout.Uint32Val: Repeated(input, wire, i => values.Add((long)i.ReadUInt32())); return true;
                case TensorProtoLayout.Uint64Val: Repeated(input, wire, i => values.Add((long)i.ReadUInt64())); return true;
                case TensorProtoLayout.BoolVal: Repeated(input, wire, i => values.Add(i.ReadBool())); return true;
                case TensorProtoLayout.StringVal: values.Add(input.ReadBytes().ToStringUtf8()); return true;
                default: return false;
            }
        });
        if (shape.Dims is not { } dims || dims.Any(d => d is null))
            throw new InvalidDataException($"a TensorProto's shape must be fully defined, not {AttrValue.SummarizeShape(shape)}");
        return TensorProtoLayout.ToLiteral(DType.FromEnum(dtype), dims.Select(d => d!.Value).ToArray(), content, values);
    }

    /// <summary>A repeated scalar field, packed (one length-delimited run) or one value per tag.</summary>
    private static void Repeated(CodedInputStream input, WireType wire, Action<CodedInputStream> readOne)
    {
        if (wire != WireType.LengthDelimited)
        {
            readOne(input);
            return;
        }
        var run = new CodedInputStream(input.ReadBytes().ToByteArray());
        while (!run.IsAtEnd) readOne(run);
    }

    /// <summary>Reads each field of a message; <paramref name="field"/> returns false for fields it does not know, which are skipped.</summary>
    private static void Read(byte[] bytes, Func<int, WireType, CodedInputStream, bool> field) => Read(ByteString.CopyFrom(bytes), field);

    private static void Read(ByteString bytes, Func<int, WireType, CodedInputStream, bool> field)
    {
        var input = bytes.CreateCodedInput();
        uint tag;
        while ((tag = input.ReadTag()) != 0)
            if (!field(GetTagFieldNumber(tag), GetTagWireType(tag), input)) input.SkipLastField();
    }
}
