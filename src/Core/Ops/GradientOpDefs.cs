using LanguageExt;
using ScopeFn.Core.Collections;
using ScopeFn.Core.Errors;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Ops.Shapes;
using ScopeFn.Core.Types;
using static ScopeFn.Core.Ops.Shapes.InferenceContext;

using static ScopeFn.Core.Ops.OpDefTypes;

namespace ScopeFn.Core.Ops;

/// <summary>
/// The op types gradient functions build (math_grad.py, array_grad.py, nn_grad.py and
/// gradients_util.py), with TF's argument names and shape functions.
/// </summary>
internal static class GradientOpDefs
{
    private static ArgDef T(string name) => new(name, "T");

    public static IEnumerable<OpDef> All { get; } = new OpDef[]
    {
        new("BroadcastGradientArgs", [T("s0"), T("s1")], c => Two(c.DType(0), TensorShape.UnknownOfRank(1), TensorShape.UnknownOfRank(1))),
        new("ReluGrad", [T("gradients"), T("features")], MergeBoth),
        new("SigmoidGrad", [T("y"), T("dy")], MergeBoth),
        new("TanhGrad", [T("y"), T("dy")], MergeBoth),
        new("AddN", [new("inputs", "T", IsList: true)], AddN),
        new("ZerosLike", [T("x")], ShapeFunctions.Unchanged),
        new("OnesLike", [T("x")], ShapeFunctions.Unchanged),
        new("Tile", [T("input"), new("multiples", "Tmultiples", Indices)], Tile),
        new("Unpack", [T("value")], Unpack),
        new("ConcatOffset", [new("concat_dim", null, Fixed: DType.Int32), new("shape", "shape_type", Indices, IsList: true)],
            c => (EquatableArray<TensorSpec>)Enumerable.Range(1, c.Inputs.Count - 1).Select(i => new TensorSpec(c.DType(i), c.Shape(i))).ToArray()),
        new("ShapeN", [new("input", "T", IsList: true)],
            c => (EquatableArray<TensorSpec>)c.Inputs.Select(x => new TensorSpec(c.TypeAttr("out_type"), x.Shape.Rank is { } r ? TensorShape.Of(r) : TensorShape.UnknownOfRank(1))).ToArray()),
        new("Pad", [T("input"), new("paddings", "Tpaddings", Indices)], Pad),
        new("FloorMod", [T("x"), T("y")], ShapeFunctions.Broadcast),
        new("FloorDiv", [T("x"), T("y")], ShapeFunctions.Broadcast),
        new("Maximum", [T("x"), T("y")], ShapeFunctions.Broadcast),
        new("BroadcastTo", [T("input"), new("shape", "Tidx", Indices)], c => One(c.DType(0), c.ShapeFromTensor(1))),
        new("Size", [T("input")], c => One(c.TypeAttr("out_type"), TensorShape.Scalar)),
        new("DynamicStitch", [new("indices", null, Fixed: DType.Int32, IsList: true), new("data", "T", IsList: true)], DynamicStitch),
    };

    private static Either<TfError, EquatableArray<TensorSpec>> Two(DType dtype, TensorShape a, TensorShape b) =>
        (EquatableArray<TensorSpec>)new[] { new TensorSpec(dtype, a), new TensorSpec(dtype, b) };

    /// <summary>MergeBothInputsShapeFn (the *Grad element-wise ops).</summary>
    private static Either<TfError, EquatableArray<TensorSpec>> MergeBoth(InferenceContext c) =>
        c.Shape(0).MergeWith(c.Shape(1)) is { } merged
            ? One(c.DType(0), merged)
            : Error($"Shapes must be equal rank, but are {c.Shape(0).Rank} and {c.Shape(1).Rank}");

    private static Either<TfError, EquatableArray<TensorSpec>> AddN(InferenceContext c)
    {
        var merged = TensorShape.Unknown;
        foreach (var x in c.Inputs) merged = merged.MergeWith(x.Shape) ?? merged;
        return One(c.DType(0), merged);
    }

    private static Either<TfError, EquatableArray<TensorSpec>> Tile(InferenceContext c)
    {
        var input = c.Shape(0);
        var multiples = c.ConstantValue(1)?.AsLongs();
        if (input.Dims is not { } dims)
            return One(c.DType(0), c.Shape(1).Dims is { Length: 1 } m && m[0] is { } n ? TensorShape.UnknownOfRank((int)n) : TensorShape.Unknown);
        if (multiples is null) return One(c.DType(0), TensorShape.UnknownOfRank(dims.Length));
        if (multiples.Count != dims.Length) return Error($"Shape must be rank {dims.Length} but is rank {multiples.Count}");
        return One(c.DType(0), TensorShape.Of(dims.Select((d, i) => d * multiples[i])));
    }

    private static Either<TfError, EquatableArray<TensorSpec>> Unpack(InferenceContext c)
    {
        var num = (int)c.IntAttr("num");
        var input = c.Shape(0);
        var spec = TensorShape.Unknown;
        if (input.Dims is { } dims)
        {
            var rank = dims.Length;
            var axis = c.IntAttr("axis");
            if (axis < -rank || axis >= rank) return Error($"Invalid axis: {axis}; must be in [{-rank},{rank})");
            if (axis < 0) axis += rank;
            if (dims[(int)axis] is { } n && n != num) return Error($"Dimension must be {n} but is {num}");
            spec = TensorShape.Of(dims.Where((_, i) => i != axis));
        }
        return (EquatableArray<TensorSpec>)Enumerable.Repeat(new TensorSpec(c.DType(0), spec), num).ToArray();
    }

    private static Either<TfError, EquatableArray<TensorSpec>> Pad(InferenceContext c)
    {
        var input = c.Shape(0);
        var paddings = c.ConstantValue(1)?.AsLongs();
        var rank = input.Rank ?? (c.Shape(1).Dims is { Length: 2 } p && p[0] is { } n ? (int?)n : null);
        if (rank is null) return One(c.DType(0), TensorShape.Unknown);
        if (paddings is null || input.Dims is not { } dims) return One(c.DType(0), TensorShape.UnknownOfRank(rank.Value));
        return One(c.DType(0), TensorShape.Of(dims.Select((d, i) => d + paddings[2 * i] + paddings[2 * i + 1])));
    }

    /// <summary>DynamicStitch: [max index + 1] + the data's trailing dims; the first dimension is known when all indices are constants.</summary>
    private static Either<TfError, EquatableArray<TensorSpec>> DynamicStitch(InferenceContext c)
    {
        var n = c.Inputs.Count / 2;
        long? max = -1;
        for (var i = 0; i < n; i++)
            max = max is { } m && c.ConstantValue(i) is { } v ? Math.Max(m, v.AsLongs().DefaultIfEmpty(-1).Max()) : null;
        var data = c.Shape(n);
        var indexRank = c.Shape(0).Rank;
        if (data.Dims is not { } d || indexRank is null) return One(c.DType(n), TensorShape.Unknown);
        return One(c.DType(n), TensorShape.Of(new long?[] { max + 1 }.Concat(d.Skip(indexRank.Value))));
    }
}
