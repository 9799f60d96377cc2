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
/// The ops <c>boolean_mask</c> and <c>report_uninitialized_variables</c> build (array_ops / math_ops
/// REGISTER_OPs): LogicalNot, StridedSlice, Prod, Where, Squeeze and GatherV2, with TF's argument
/// names and the parts of their shape functions ScopeFn needs.
/// </summary>
internal static class MaskOpDefs
{
    public static IEnumerable<OpDef> All { get; } = new OpDef[]
    {
        new("LogicalNot", [new("x", null, Fixed: DType.Bool)], c => One(DType.Bool, c.Shape(0))),
        new("StridedSlice", [new("input", "T"), new("begin", "Index", Indices), new("end", "Index", Indices), new("strides", "Index", Indices)], StridedSliceShapes.Infer),
        new("Prod", [new("input", "T"), new("reduction_indices", "Tidx", Indices)], ShapeFunctions.Reduction),
        new("Where", [new("input", "T")], c => One(DType.Int64, TensorShape.Of(new long?[] { null, c.Shape(0).Rank is { } r ? r : null }))),
        new("Squeeze", [new("input", "T")], SqueezeShape),
        new("GatherV2", [new("params", "Tparams"), new("indices", "Tindices", Indices), new("axis", "Taxis", Indices)], GatherShape),
    };

    /// <summary>Squeeze: drops the listed size-1 dims (<c>squeeze_dims</c>), or every known 1 when none are listed.</summary>
    private static Either<TfError, EquatableArray<TensorSpec>> SqueezeShape(InferenceContext c)
    {
        var input = c.Shape(0);
        if (input.Dims is not { } dims) return One(c.DType(0), TensorShape.Unknown);
        var listed = c.Attrs.Find("squeeze_dims").Match(
            v => v is AttrValue.ListValue l ? l.Items.Select(x => ((AttrValue.IntValue)x).Value).ToList() : [], () => new List<long>());
        var rank = dims.Length;
        var drop = new bool[rank];
        foreach (var d in listed)
        {
            if (d < -rank || d >= rank) return Error($"Tried to squeeze dim index {d} for tensor with {rank} dimensions.");
            var k = (int)(d < 0 ? d + rank : d);
            if (dims[k] is { } n && n != 1) return Error($"Can not squeeze dim[{k}], expected a dimension of 1, got {n}");
            drop[k] = true;
        }
        if (listed.Count == 0)
            for (var k = 0; k < rank; k++) drop[k] = dims[k] == 1;
        return One(c.DType(0), TensorShape.Of(dims.Where((_, k) => !drop[k])));
    }

    /// <summary>GatherV2: <c>params.shape[:axis] + indices.shape + params.shape[axis+1:]</c> with a constant axis.</summary>
    private static Either<TfError, EquatableArray<TensorSpec>> GatherShape(InferenceContext c)
    {
        var (p, i) = (c.Shape(0), c.Shape(1));
        if (c.ConstantValue(2) is not { } a || p.Dims is not { } pd || i.Dims is not { } id) return One(c.DType(0), TensorShape.Unknown);
        var axis = a.AsLongs()[0];
        if (axis < 0) axis += pd.Length;
        if (axis < 0 || axis >= pd.Length)
            return Error($"Shape must be at least rank {axis + 1} but is rank {pd.Length}");
        return One(c.DType(0), TensorShape.Of(pd.Take((int)axis).Concat(id).Concat(pd.Skip((int)axis + 1))));
    }
}
