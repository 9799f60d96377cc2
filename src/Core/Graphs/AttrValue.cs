using System.Globalization;
using LanguageExt;
using ScopeFn.Core.Types;

namespace ScopeFn.Core.Graphs;

/// <summary>An op attribute (attr_value.proto), as a closed union.</summary>
public abstract record AttrValue
{
    private AttrValue() { }

    public sealed record TypeValue(DType DType) : AttrValue;
    public sealed record ShapeValue(TensorShape Shape) : AttrValue;
    public sealed record IntValue(long Value) : AttrValue;
    public sealed record FloatValue(double Value) : AttrValue;
    public sealed record BoolValue(bool Value) : AttrValue;
    public sealed record StringValue(string Value) : AttrValue;
    public sealed record TensorValue(TensorLiteral Tensor) : AttrValue;
    public sealed record ListValue(Seq<AttrValue> Items) : AttrValue;

    /// <summary>A <c>func</c> attr (a NameAttrList without attrs): the name of a function in the graph's library.</summary>
    public sealed record FuncValue(string Name) : AttrValue;

    public static AttrValue Of(DType d) => new TypeValue(d);
    public static AttrValue Of(TensorShape s) => new ShapeValue(s);
    public static AttrValue Of(long v) => new IntValue(v);
    public static AttrValue Of(bool v) => new BoolValue(v);
    public static AttrValue Of(string v) => new StringValue(v);
    public static AttrValue Of(TensorLiteral t) => new TensorValue(t);

    /// <summary>The text TF's <c>SummarizeAttrValue</c> gives, as seen in node summaries in error messages.</summary>
    public string Summarize() => this switch
    {
        TypeValue t => "DT_" + TypeEnumName(t.DType),
        ShapeValue s => SummarizeShape(s.Shape),
        IntValue i => i.Value.ToString(CultureInfo.InvariantCulture),
        FloatValue f => f.Value.ToString("R", CultureInfo.InvariantCulture),
        BoolValue b => b.Value ? "true" : "false",
        StringValue s => "\"" + s.Value + "\"",
        TensorValue t => t.Tensor.Summarize(),
        ListValue l => "[" + string.Join(", ", l.Items.Map(x => x.Summarize())) + "]",
        FuncValue f => f.Name + "[]",   // attr_value_util.cc SummarizeFunc: name[attr=value, ...]
        _ => throw new InvalidOperationException(),
    };

    /// <summary>TF's C++ shape text: <c>[2,3]</c>, <c>[?,3]</c>, <c>&lt;unknown&gt;</c>.</summary>
    public static string SummarizeShape(TensorShape shape) =>
        shape.Dims is not { } d ? "<unknown>" : "[" + string.Join(",", d.Select(x => x is { } v ? v.ToString(CultureInfo.InvariantCulture) : "?")) + "]";

    private static string TypeEnumName(DType d) => d.Enum switch
    {
        DTypeEnum.Float => "FLOAT",
        DTypeEnum.Double => "DOUBLE",
        DTypeEnum.Half => "HALF",
        DTypeEnum.BFloat16 => "BFLOAT16",
        DTypeEnum.Int8 => "INT8",
        DTypeEnum.Int16 => "INT16",
        DTypeEnum.Int32 => "INT32",
        DTypeEnum.Int64 => "INT64",
        DTypeEnum.UInt8 => "UINT8",
        DTypeEnum.UInt16 => "UINT16",
        DTypeEnum.UInt32 => "UINT32",
        DTypeEnum.UInt64 => "UINT64",
        DTypeEnum.Bool => "BOOL",
        DTypeEnum.String => "STRING",
        DTypeEnum.Complex64 => "COMPLEX64",
        DTypeEnum.Complex128 => "COMPLEX128",
        DTypeEnum.Resource => "RESOURCE",
        DTypeEnum.Variant => "VARIANT",
        _ => "INVALID",
    };
}
