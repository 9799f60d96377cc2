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
/// The ops behind the snippets users paste most (math_ops.cc and array_ops.cc REGISTER_OPs):
/// element-wise math, transposes and dims, reductions, arg-reductions and StridedSlice's gradient,
/// with TF's argument names and shape functions.
/// </summary>
internal static class CommonOpDefs
{
    private static readonly DType[] Floating = [DType.BFloat16, DType.Float16, DType.Float32, DType.Float64, DType.Complex64, DType.Complex128];

    private static ArgDef T(string name) => new(name, "T");

    public static IEnumerable<OpDef> All { get; } = new OpDef[]
    {
        new("Square", [T("x")], ShapeFunctions.Unchanged),
        new("Sqrt", [new("x", "T", Floating)], ShapeFunctions.Unchanged),
        new("Exp", [new("x", "T", Floating)], ShapeFunctions.Unchanged),
        new("Log", [new("x", "T", Floating)], ShapeFunctions.Unchanged),
        new("Abs", [T("x")], ShapeFunctions.Unchanged),
        new("Sign", [T("x")], ShapeFunctions.Unchanged),
        new("Reciprocal", [T("x")], ShapeFunctions.Unchanged),
        new("SqrtGrad", [T("y"), T("dy")], MergeBoth),
        new("ReciprocalGrad", [T("y"), T("dy")], MergeBoth),
        new("Pow", [T("x"), T("y")], ShapeFunctions.Broadcast),
        new("Minimum", [T("x"), T("y")], ShapeFunctions.Broadcast),
        new("SquaredDifference", [T("x"), T("y")], ShapeFunctions.Broadcast),
        new("Max", [T("input"), new("reduction_indices", "Tidx", Indices)], ShapeFunctions.Reduction),
        new("Min", [T("input"), new("reduction_indices", "Tidx", Indices)], ShapeFunctions.Reduction),
        new("Any", [new("input", null, Fixed: DType.Bool), new("reduction_indices", "Tidx", Indices)], BoolReduction),
        new("All", [new("input", null, Fixed: DType.Bool), new("reduction_indices", "Tidx", Indices)], BoolReduction),
        new("ArgMax", [T("input"), new("dimension", "Tidx", Indices)], ArgReduction),
        new("ArgMin", [T("input"), new("dimension", "Tidx", Indices)], ArgReduction),
        new("Transpose", [T("x"), new("perm", "Tperm", Indices)], Transpose),
        new("InvertPermutation", [new("x", "T", Indices)], ShapeFunctions.Unchanged),
        new("ExpandDims", [T("input"), new("dim", "Tdim", Indices)], ExpandDims),
        new("OneHot", [new("indices", "TI", [DType.UInt8, DType.Int8, DType.Int32, DType.Int64]), new("depth", null, Fixed: DType.Int32),
            T("on_value"), T("off_value")], OneHot),
        new("Select", [new("condition", null, Fixed: DType.Bool), T("t"), T("e")], Select),
        new("SelectV2", [new("condition", null, Fixed: DType.Bool), T("t"), T("e")], SelectV2),
        new("StridedSliceGrad", [new("shape", "Index", Indices), new("begin", "Index", Indices), new("end", "Index", Indices),
            new("strides", "Index", Indices), T("dy")], c => One(c.DType(4), c.ShapeFromTensor(0))),
    };

    /// <summary>OneHot: the indices' shape with the (constant) depth inserted at axis (-1 = last).</summary>
    private static Either<TfError, EquatableArray<TensorSpec>> OneHot(InferenceContext c)
    {
        var axis = c.IntAttr("axis");
        if (axis < -1) return Error($"axis must be >= -1");
        var dtype = c.DType(2);
        if (c.Shape(0).Dims is not { } dims) return One(dtype, TensorShape.Unknown);
        long? depth = c.ConstantValue(1)?.AsLongs()[0];
        if (axis > dims.Length) return Error($"axis must be <= {dims.Length}");
        var at = axis == -1 ? dims.Length : (int)axis;
        return One(dtype, TensorShape.Of(dims.Take(at).Append(depth).Concat(dims.Skip(at))));
    }

    /// <summary>Select (v1 where): t and e merge; the condition is t's shape or a vector over its first dimension.</summary>
    private static Either<TfError, EquatableArray<TensorSpec>> Select(InferenceContext c) =>
        c.Shape(1).MergeWith(c.Shape(2)) is { } merged
            ? One(c.DType(1), merged)
            : Error($"Shapes must be equal rank, but are {c.Shape(1).Rank} and {c.Shape(2).Rank}");

    /// <summary>SelectV2 (where_v2): the three shapes broadcast together.</summary>
    private static Either<TfError, EquatableArray<TensorSpec>> SelectV2(InferenceContext c)
    {
        var dtype = c.DType(1);
        return ShapeFunctions.BroadcastShapes(c.Shape(1), c.Shape(2))
            .Bind(te => ShapeFunctions.BroadcastShapes(c.Shape(0), te))
            .Map(shape => Seq1(new TensorSpec(dtype, shape)));
    }

    /// <summary>MergeBothInputsShapeFn (the *Grad element-wise ops).</summary>
    private static Either<TfError, EquatableArray<TensorSpec>> MergeBoth(InferenceContext c) =>
        c.Shape(0).MergeWith(c.Shape(1)) is { } merged
            ? One(c.DType(0), merged)
            : Error($"Shapes must be equal rank, but are {c.Shape(0).Rank} and {c.Shape(1).Rank}");

    private static Either<TfError, EquatableArray<TensorSpec>> BoolReduction(InferenceContext c) =>
        ShapeFunctions.Reduction(c).Map(specs => Seq1(new TensorSpec(DType.Bool, specs[0].Shape)));

    /// <summary>ArgOpShape: the input's shape without the (constant) dimension; output_type's dtype.</summary>
    private static Either<TfError, EquatableArray<TensorSpec>> ArgReduction(InferenceContext c)
    {
        var dtype = c.TypeAttr("output_type");
        var input = c.Shape(0);
        if (input.Dims is not { } dims) return One(dtype, TensorShape.Unknown);
        if (dims.Length == 0) return Error("Shape must be at least rank 1 but is rank 0");
        if (c.ConstantValue(1) is not { } a) return One(dtype, TensorShape.UnknownOfRank(dims.Length - 1));
        var axis = a.AsLongs()[0];
        if (axis < -dims.Length || axis >= dims.Length)
            return Error($"Expected dimension in the range [{-dims.Length}, {dims.Length}), but got {axis}");
        if (axis < 0) axis += dims.Length;
        return One(dtype, TensorShape.Of(dims.Where((_, i) => i != axis)));
    }

    /// <summary>TransposeShapeFn: with a constant perm the input dims permuted; otherwise the rank only.</summary>
    private static Either<TfError, EquatableArray<TensorSpec>> Transpose(InferenceContext c)
    {
        var input = c.Shape(0);
        var perm = c.ConstantValue(1)?.AsLongs();
        var rank = input.Rank ?? perm?.Count ?? (c.Shape(1).Dims is { Length: 1 } p && p[0] is { } n ? (int?)n : null);
        if (rank is not { } r) return One(c.DType(0), TensorShape.Unknown);
        if (perm is null || input.Dims is not { } dims) return One(c.DType(0), TensorShape.UnknownOfRank(r));
        if (perm.Count != r) return Error($"Dimension must be {r} but is {perm.Count}");
        var output = new long?[r];
        for (var i = 0; i < r; i++)
        {
            var d = perm[i] < 0 ? perm[i] + r : perm[i];
            if (d < 0 || d >= r) return Error($"perm dim {perm[i]} is out of range of input rank {r}");
            output[i] = dims[(int)d];
        }
        return One(c.DType(0), TensorShape.Of(output));
    }

    /// <summary>ExpandDims: a 1 inserted at the (constant) dim, which may be in [-rank-1, rank].</summary>
    private static Either<TfError, EquatableArray<TensorSpec>> ExpandDims(InferenceContext c)
    {
        var input = c.Shape(0);
        if (input.Dims is not { } dims) return One(c.DType(0), TensorShape.Unknown);
        if (c.ConstantValue(1) is not { } d) return One(c.DType(0), TensorShape.UnknownOfRank(dims.Length + 1));
        var values = d.AsLongs();
        if (values.Count != 1) return Error($"'dim' input must be a tensor with a single value");
        var dim = values[0];
        var rank = dims.Length;
        if (dim < -1 - rank || dim > rank) return Error($"Tried to expand dim index {dim} for tensor with {rank} dimensions.");
        if (dim < 0) dim += rank + 1;
        var output = dims.ToList();
        output.Insert((int)dim, 1);
        return One(c.DType(0), TensorShape.Of(output));
    }
}
