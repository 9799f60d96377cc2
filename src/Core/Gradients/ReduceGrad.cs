using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Ops;
using ScopeFn.Core.Scopes;
using ScopeFn.Core.Types;

namespace ScopeFn.Core.Gradients;

/// <summary>math_grad.py <c>_SumGrad</c>, <c>_MeanGrad</c> and <c>_MinOrMaxGrad</c>, with their static fast paths and the graph-level cache.</summary>
internal static class ReduceGrad
{
    public static Tf<IReadOnlyList<Tensor?>> Sum(GradOp op, IReadOnlyList<Tensor?> grads) =>
        SumGrad(op, grads[0]!).Select(g => (IReadOnlyList<Tensor?>)[g, null]);

    private static Tf<Tensor> SumGrad(GradOp op, Tensor grad)
    {
        var input = op.Inputs[0];
        if (input.Shape.Dims is { } dims)
        {
            var axes = Tf.Read((w, _) => ConstantValue(w, op.Inputs[1]));
            return axes.SelectMany(a => a is null ? DynamicSumGrad(op, grad) : StaticSumGrad(op, grad, dims.ToArray(), a));
        }
        return DynamicSumGrad(op, grad);
    }

    /// <summary>tensor_util.constant_value of a Const input.</summary>
    private static TensorLiteral? ConstantValue(Worlds.World w, Tensor t) => Eager.EagerContext.IsEager(t)
        // constant_value of an EagerTensor is its value.
        ? w.Eager.Value(t) is { } value && w.Eager.Executor?.HostValue(value) is { } host && TensorLiteral.FromHost(host, t.DType) is var l && l.IsRight ? (TensorLiteral)l : null
        : w.Graph(t.Graph).Op(t.OpId) is { Type: "Const" } c && c.Attr("value") is AttrValue.TensorValue v ? v.Tensor : null;

    private static Tf<Tensor> StaticSumGrad(GradOp op, Tensor grad, long?[] shape, TensorLiteral axesValue)
    {
        var rank = shape.Length;
        var axes = axesValue.AsLongs().ToArray();
        // np.array_equal(axes, np.arange(rank)): a scalar axis is not equal to a one-element range.
        if (axesValue.Shape.Count == 1 && axes.SequenceEqual(Enumerable.Range(0, rank).Select(i => (long)i)))
        {
            // Reduce all dims: Reshape to ones, then Tile by the (constant or dynamic) input shape.
            return from reshaped in GradOps.Reshape(grad, Enumerable.Repeat((object)1L, rank).ToList())
                   from inputShape in shape.All(d => d is not null)
                       ? Constant.Of(shape.Select(d => (object)d!.Value).ToList(), DType.Int32)
                       : ArrayOps.Shape(op.Inputs[0])
                   from tiled in GradOps.Gen("Tile", [reshaped, inputShape])
                   select tiled;
        }
        if (shape.Any(d => d is null)) return DynamicSumGrad(op, grad);
        var full = shape.Select(d => d!.Value).ToArray();
        var key = string.Join(",", full) + "|" + string.Join(",", axes);
        return from cached in Tf.Read((w, _) => w.Graph(op.Op.Graph).ReducedShapeCache.TryGetValue(key, out var c) ? c : ((long[] Kept, long[] Tile)?)null)
               from pair in cached is { } hit ? Tf.Pure(hit) : ComputeAndCache(op.Op.Graph, key, full, axes)
               from reshaped in GradOps.Reshape(grad, pair.Kept.Select(d => (object)d).ToList())
               from tiled in GradOps.Gen("Tile", [reshaped, pair.Tile.Select(d => (object)d).ToList()])
               select tiled;
    }

    /// <summary>
    /// A cache miss: reduced_shape is computed statically, but <c>_SafeShapeDiv</c> builds
    /// <c>Maximum</c> and <c>floordiv</c> ops (left unused in the graph) whose values TF then folds.
    /// </summary>
    private static Tf<(long[] Kept, long[] Tile)> ComputeAndCache(Worlds.GraphId graph, string key, long[] shape, long[] axes)
    {
        var kept = shape.ToArray();
        foreach (var a in axes) kept[a < 0 ? a + shape.Length : a] = 1;
        var tile = shape.Select((d, i) => d / Math.Max(kept[i], 1)).ToArray();
        return from max in GradOps.Gen("Maximum", [kept.Select(d => (object)d).ToList(), 1L])
               from div in NameScope.V1(null, "floordiv", [shape.Select(d => (object)d).ToList(), max], scope =>
                   from xt in Ops.Convert.ToTensor(shape.Select(d => (object)d).ToList(), dtype: max.DType, name: "x")
                   from r in OpApply.Apply1("FloorDiv", scope, [xt, max])
                   select r)
               from _ in Tf.Of<LanguageExt.Unit>(w =>
               {
                   var g = w.Graph(graph);
                   return Result.Ok(w.WithGraph(g with { ReducedShapeCache = g.ReducedShapeCache.SetItem(key, (kept, tile)) }));
               })
               select (kept, tile);
    }

    /// <summary>The general path: <c>reduced_shape</c> with tensors, Reshape, then BroadcastTo the input's shape.</summary>
    private static Tf<Tensor> DynamicSumGrad(GradOp op, Tensor grad) =>
        from inputShape in ArrayOps.Shape(op.Inputs[0])
        from shaped in op.BoolAttr("keep_dims")
            ? Tf.Pure(grad)
            : from kept in ReducedShape(inputShape, op.Inputs[1]) from r in GradOps.Reshape(grad, kept) select r
        from broadcast in GradOps.Gen("BroadcastTo", [shaped, inputShape])
        select broadcast;

    /// <summary>math_ops.<c>reduced_shape</c> with a dynamic input shape: DynamicStitch of the shape and ones at the reduced axes.</summary>
    private static Tf<Tensor> ReducedShape(Tensor inputShape, Tensor axes) =>
        from shape32 in GradOps.Cast(inputShape, DType.Int32)
        from axes32 in GradOps.Cast(axes, DType.Int32)
        from rank in GradOps.Size(shape32)
        from sum in GradOps.Add(axes32, rank)
        from wrapped in GradOps.Mod(sum, rank)
        from axesShape in ArrayOps.Shape(wrapped)
        from range in ArrayOps.Range(0, rank, 1)
        from ones in GradOps.OnesOfShape(axesShape, DType.Int32)
        from stitched in GradOps.Gen("DynamicStitch", [new List<object> { range, wrapped }, new List<object> { shape32, ones }],
            Ops.Attrs.Of(("N", AttrValue.Of(2L))))
        select stitched;

    /// <summary>
    /// <c>_MinOrMaxGrad</c> (Max and Min): the incoming gradient goes to the selected elements,
    /// split evenly between ties (indicators / their count, times the reshaped gradient).
    /// </summary>
    public static Tf<IReadOnlyList<Tensor?>> MinOrMax(GradOp op, IReadOnlyList<Tensor?> grads) =>
        from inputShape in ArrayOps.Shape(op.Inputs[0])
        from kept in op.BoolAttr("keep_dims")
            ? ArrayOps.Shape(op.Outputs[0]).Select(t => (object)t)
            : KeptShape(op, inputShape)
        from y in op.BoolAttr("keep_dims") ? Tf.Pure(op.Outputs[0]) : GradOps.Reshape(op.Outputs[0], kept)
        from grad in op.BoolAttr("keep_dims") ? Tf.Pure(grads[0]!) : GradOps.Reshape(grads[0]!, kept)
        from equal in CompareOps.Equal(y, op.Inputs[0])
        from indicators in GradOps.Cast(equal, grad.DType)
        from sum in GradOps.Sum(indicators, op.Inputs[1])
        from selected in GradOps.Reshape(sum, kept)
        from share in GradOps.TrueDiv(indicators, selected)
        from r in GradOps.Mul(share, grad)
        select (IReadOnlyList<Tensor?>)[r, null];

    /// <summary>
    /// math_ops.<c>reduced_shape</c>: a NumPy int32 array when the input shape and the axes are both
    /// constant (<c>tensor_util.constant_value</c>), else the DynamicStitch construction.
    /// </summary>
    private static Tf<object> KeptShape(GradOp op, Tensor inputShape) =>
        from constant in Tf.Read((w, _) => op.Inputs[0].Shape.IsFullyDefined ? ConstantValue(w, op.Inputs[1]) : null)
        from kept in constant is { } axes
            ? Tf.Pure((object)KeptDims(op.Inputs[0].Shape.Dims!.Value.Select(d => d!.Value).ToArray(), axes.AsLongs().ToArray()))
            : ReducedShape(inputShape, op.Inputs[1]).Select(t => (object)t)
        select kept;

    /// <summary>The kept-dims shape as the int32 values a Python list of ints converts to.</summary>
    private static List<object> KeptDims(long[] shape, long[] axes)
    {
        var kept = shape.ToArray();
        foreach (var a in axes) kept[a < 0 ? a + shape.Length : a] = 1;
        return kept.Select(d => (object)d).ToList();
    }

    /// <summary><c>_MeanGrad</c>: the Sum gradient divided by the number of reduced elements.</summary>
    public static Tf<IReadOnlyList<Tensor?>> Mean(GradOp op, IReadOnlyList<Tensor?> grads) =>
        from sumGrad in SumGrad(op, grads[0]!)
        from factor in op.Inputs[0].Shape.IsFullyDefined && op.Outputs[0].Shape.IsFullyDefined
            ? Constant.Of(StaticFactor(op), sumGrad.DType)
            : DynamicFactor(op)
        from cast in GradOps.Cast(factor, sumGrad.DType)
        from r in GradOps.TrueDiv(sumGrad, cast)
        select (IReadOnlyList<Tensor?>)[r, null];

    private static object StaticFactor(GradOp op)
    {
        var input = op.Inputs[0].Shape.NumElements!.Value;
        var output = op.Outputs[0].Shape.NumElements!.Value;
        var factor = input / Math.Max(output, 1);
        return op.Outputs[0].DType.IsFloating ? (object)(double)factor : factor;
    }

    private static Tf<Tensor> DynamicFactor(GradOp op) =>
        from inputShape in ArrayOps.Shape(op.Inputs[0])
        from rank in GradOps.Size(inputShape)
        from sum in GradOps.Add(op.Inputs[1], rank)
        from axes in GradOps.Mod(sum, rank)
        from gathered in GradOps.Gen("GatherV2", [inputShape, axes, 0L], Ops.Attrs.Of(("batch_dims", AttrValue.Of(0L))))
        from prod in MathOpsProd(gathered)
        select prod;

    /// <summary><c>math_ops.reduce_prod(x)</c> over all axes: the axes Const, then Prod.</summary>
    private static Tf<Tensor> MathOpsProd(Tensor x) =>
        from axes in Constant.Of(Enumerable.Range(0, x.Shape.Rank ?? 1).Select(i => (object)(long)i).ToList(), DType.Int32)
        from r in GradOps.Gen("Prod", [x, axes], Ops.Attrs.Of(("keep_dims", AttrValue.Of(false))))
        select r;
}
