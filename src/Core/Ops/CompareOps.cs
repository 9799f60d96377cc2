using System.Collections.Immutable;
using LanguageExt;
using ScopeFn.Core.Collections;
using ScopeFn.Core.Errors;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Ops.Shapes;
using ScopeFn.Core.Types;

namespace ScopeFn.Core.Ops;

/// <summary>
/// The comparison ops behind the tensor operators <c>&lt; &lt;= &gt; &gt;=</c> (ops.py overrides them
/// with <c>gen_math_ops.less</c> etc. directly: no name scope of their own) and TF 2.x tensor
/// equality (<c>tensor_equals</c>: <c>gen_math_ops.equal(x, y, incompatible_shape_error=False)</c>).
/// </summary>
public static class CompareOps
{
    public static Tf<Tensor> Less(object x, object y, string? name = null) => OpApply.Apply1("Less", name, [x, y]);
    public static Tf<Tensor> LessEqual(object x, object y, string? name = null) => OpApply.Apply1("LessEqual", name, [x, y]);
    public static Tf<Tensor> Greater(object x, object y, string? name = null) => OpApply.Apply1("Greater", name, [x, y]);
    public static Tf<Tensor> GreaterEqual(object x, object y, string? name = null) => OpApply.Apply1("GreaterEqual", name, [x, y]);

    public static Tf<Tensor> Equal(object x, object y, bool incompatibleShapeError = true, string? name = null) =>
        OpApply.Apply1("Equal", name, [x, y], Attrs.Of(("incompatible_shape_error", AttrValue.Of(incompatibleShapeError))));

    public static Tf<Tensor> NotEqual(object x, object y, bool incompatibleShapeError = true, string? name = null) =>
        OpApply.Apply1("NotEqual", name, [x, y], Attrs.Of(("incompatible_shape_error", AttrValue.Of(incompatibleShapeError))));

    private static readonly DType[] RealNumber =
        [DType.BFloat16, DType.Float16, DType.Float32, DType.Float64, DType.UInt8, DType.Int8, DType.Int16, DType.Int32, DType.Int64,
         DType.UInt16, DType.UInt32, DType.UInt64];

    internal static IEnumerable<OpDef> Defs { get; } = new OpDef[]
    {
        new("Less", [new("x", "T", RealNumber), new("y", "T", RealNumber)], BoolBroadcast),
        new("LessEqual", [new("x", "T", RealNumber), new("y", "T", RealNumber)], BoolBroadcast),
        new("Greater", [new("x", "T", RealNumber), new("y", "T", RealNumber)], BoolBroadcast),
        new("GreaterEqual", [new("x", "T", RealNumber), new("y", "T", RealNumber)], BoolBroadcast),
        new("Equal", [new("x", "T"), new("y", "T")], Equality),
        new("NotEqual", [new("x", "T"), new("y", "T")], Equality),
    };

    private static Either<TfError, EquatableArray<TensorSpec>> BoolBroadcast(InferenceContext c) =>
        ShapeFunctions.Broadcast(c).Map(specs => (EquatableArray<TensorSpec>)specs.Select(s => s with { DType = DType.Bool }).ToImmutableArray());

    /// <summary>math_ops.cc EqualityShapeFn: with incompatible_shape_error false, incompatible shapes give an unknown shape.</summary>
    private static Either<TfError, EquatableArray<TensorSpec>> Equality(InferenceContext c)
    {
        var strict = !c.Attrs.Find("incompatible_shape_error").Exists(v => v is AttrValue.BoolValue { Value: false });
        var r = BoolBroadcast(c);
        return r.IsLeft && !strict
            ? (EquatableArray<TensorSpec>)ImmutableArray.Create(new TensorSpec(DType.Bool, TensorShape.Unknown))
            : r;
    }
}
