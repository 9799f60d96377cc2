using FsCheck;
using FsCheck.Fluent;
using LanguageExt;
using LanguageExt.ClassInstances;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Types;
using ScopeFn.Oracle.Export;

namespace ScopeFn.Properties.Export;

/// <summary>
/// Any GraphDef value, function library included, survives both protobuf forms: binary encode → decode, text write → parse, and
/// the two forms agree. Values are what the .proto types can hold: float attrs are float32, lists
/// hold one kind, tensors have a fully defined shape.
/// </summary>
public class GraphDefRoundTripProperties
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(100);

    private static readonly Gen<string> Text =
        Gen.Elements('a', 'Z', '0', '_', '/', '.', ':', '^', '"', '\'', '\\', '\n', '\t', 'ü', '€', ' ', '\u0001')
            .ArrayOf().Select(cs => new string(cs));

    private static readonly Gen<float> Float32 = Gen.OneOf(
        Gen.Choose(-100000, 100000).Select(i => i / 64f),
        Gen.Elements(0f, -0f, float.MaxValue, float.Epsilon, float.PositiveInfinity, float.NegativeInfinity, 0.1f, 1e-30f, 3.4e38f));

    private static readonly Gen<long> Int64 = Gen.OneOf(
        Gen.Choose(-1000, 1000).Select(i => (long)i),
        Gen.Elements(long.MinValue, long.MaxValue, int.MinValue, (long)int.MaxValue + 1));

    private static readonly Gen<TensorShape> Shape = Gen.OneOf(
        Gen.Constant(TensorShape.Unknown),
        Gen.Choose(-1, 4).ArrayOf().Select(ds => TensorShape.Of(ds.Select(d => d < 0 ? (long?)null : d))));

    private static readonly DType[] TensorTypes =
    [
        DType.Float32, DType.Float64, DType.Float16, DType.BFloat16, DType.Int8, DType.Int16, DType.Int32, DType.Int64,
        DType.UInt8, DType.UInt16, DType.UInt32, DType.UInt64, DType.Bool, DType.String,
    ];

    private static readonly Gen<TensorLiteral> Tensor =
        from dtype in Gen.Elements(TensorTypes)
        from dims in UpTo(3, Gen.Choose(0, 3))
        let shape = dims.Select(d => (long)d).ToArray()
        let n = (int)shape.Aggregate(1L, (a, b) => a * b)
        from ints in Gen.Choose(-128, 127).ArrayOf(n)
        from floats in Float32.ArrayOf(n)
        from strings in Text.ArrayOf(n)
        select dtype switch
        {
            _ when dtype.IsFloating => TensorLiteral.Floats(dtype, shape, floats.Select(f => (double)f)),
            _ when dtype.IsBool => TensorLiteral.Bools(shape, ints.Select(i => i % 2 == 0)),
            _ when dtype.IsString => TensorLiteral.Strings(shape, strings),
            _ => TensorLiteral.Longs(dtype, shape, ints.Select(i => dtype.IsUnsigned ? (long)Math.Abs(i) : i)),
        };

    /// <summary>One generator per attr kind, in ListValue's field order (type, shape, i, f, b, s, tensor).</summary>
    private static readonly Gen<AttrValue>[] Kinds =
    [
        Gen.Elements(DType.All.ToArray()).Select(d => (AttrValue)new AttrValue.TypeValue(d)),
        Shape.Select(s => (AttrValue)new AttrValue.ShapeValue(s)),
        Int64.Select(i => (AttrValue)new AttrValue.IntValue(i)),
        Float32.Select(f => (AttrValue)new AttrValue.FloatValue(f)),
        Gen.Elements(true, false).Select(b => (AttrValue)new AttrValue.BoolValue(b)),
        Text.Select(s => (AttrValue)new AttrValue.StringValue(s)),
        Tensor.Select(t => (AttrValue)new AttrValue.TensorValue(t)),
    ];

    private static readonly Gen<AttrValue> Scalar = Gen.OneOf(Kinds);

    private static Gen<T[]> UpTo<T>(int max, Gen<T> gen) => Gen.Choose(0, max).SelectMany(n => gen.ArrayOf(n));

    /// <summary>A list attr of one kind (attr_value.proto ListValue keeps one repeated field per kind).</summary>
    private static readonly Gen<AttrValue> List =
        from kind in Gen.Choose(0, Kinds.Length - 1)
        from items in UpTo(4, Kinds[kind])
        select (AttrValue)new AttrValue.ListValue(items.ToSeq());

    private static readonly Gen<NodeDef> Node =
        from name in Text
        from op in Text
        from inputs in UpTo(4, Text)
        from device in Text
        from attrs in UpTo(5, Gen.Zip(Text, Gen.Frequency((4, Scalar), (1, List))))
        select new NodeDef(name, op, inputs, device,
            attrs.Aggregate(Map<OrdString, string, AttrValue>.Empty, (m, kv) => m.AddOrUpdate(kv.Item1, kv.Item2)));

    private static readonly Gen<Map<OrdString, string, AttrValue>> AttrMap =
        from attrs in UpTo(3, Gen.Zip(Text, Gen.Frequency((4, Scalar), (1, List))))
        select attrs.Aggregate(Map<OrdString, string, AttrValue>.Empty, (m, kv) => m.AddOrUpdate(kv.Item1, kv.Item2));

    /// <summary>A map&lt;string, string&gt; field: unique keys, sorted (the order protobuf writes and ScopeFn keeps).</summary>
    private static readonly Gen<MapEntry[]> StringMap =
        from entries in UpTo(3, Gen.Zip(Text, Text))
        select entries.GroupBy(e => e.Item1).Select(g => new MapEntry(g.Key, g.Last().Item2))
            .OrderBy(e => e.Key, StringComparer.Ordinal).ToArray();

    private static readonly Gen<FunctionArg> Arg =
        from name in Text
        from type in Gen.Elements(DType.All.ToArray())
        select new FunctionArg(name, type);

    private static readonly Gen<FunctionDef> Function =
        from name in Text
        from inputs in UpTo(3, Arg)
        from outputs in UpTo(3, Arg)
        from stateful in Gen.Elements(true, false)
        from controlOutputs in UpTo(2, Text)
        from nodes in UpTo(3, Node)
        from ret in StringMap
        from attrs in AttrMap
        from controlRet in StringMap
        from argIndices in UpTo(3, Gen.Choose(0, 5))
        from argAttrs in AttrMap.ArrayOf(argIndices.Length)
        select new FunctionDef(new FunctionSignature(name, inputs, outputs, stateful, controlOutputs), nodes, ret, attrs, controlRet,
            argIndices.Zip(argAttrs, (i, a) => (Index: (uint)i, Attrs: a)).GroupBy(x => x.Index)
                .Select(g => new ArgAttrs(g.Key, g.Last().Attrs)).OrderBy(a => a.Index).ToArray());

    private static readonly Gen<FunctionDefLibrary> Library =
        from functions in UpTo(2, Function)
        from gradients in UpTo(2, Gen.Zip(Text, Text))
        select new FunctionDefLibrary(functions, gradients.Select(g => new GradientDef(g.Item1, g.Item2)).ToArray());

    private static readonly Gen<GraphDef> Graph =
        from nodes in UpTo(5, Node)
        from producer in Gen.Choose(0, 2000)
        from minConsumer in Gen.Choose(0, 20)
        from library in Gen.Frequency((1, Gen.Constant(FunctionDefLibrary.Empty)), (2, Library))
        select new GraphDef(nodes, producer) { MinConsumer = minConsumer, Library = library };

    [Fact]
    public void Binary_encode_then_decode_is_identity()
    {
        Prop.ForAll(Graph.ToArbitrary(), g => g.Equals(GraphDefBinary.Decode(GraphDefBinary.Encode(g))))
            .Check(Config);
    }

    [Fact]
    public void Text_write_then_parse_is_identity_and_agrees_with_binary()
    {
        Prop.ForAll(Graph.ToArbitrary(), g =>
        {
            var text = GraphDefText.Write(g);
            var parsed = GraphDefTextParser.Parse(text);
            return parsed.Equals(g) && GraphDefText.Write(GraphDefBinary.Decode(GraphDefBinary.Encode(g))) == text;
        }).Check(Config);
    }
}
