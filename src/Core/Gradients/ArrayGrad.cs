using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Ops;
using ScopeFn.Core.Types;

namespace ScopeFn.Core.Gradients;

/// <summary>array_grad.py and resource_variable_ops.py gradients of the core op set.</summary>
internal static class ArrayGrad
{
    /// <summary><c>_IdentityGrad</c>, <c>_ReadGrad</c>: the gradient passes through.</summary>
    public static Tf<IReadOnlyList<Tensor?>> PassThrough(GradOp op, IReadOnlyList<Tensor?> grads) =>
        Tf.Pure<IReadOnlyList<Tensor?>>([grads[0]]);

    /// <summary><c>_ReshapeGrad</c>: reshape back to <c>shape(input)</c>.</summary>
    public static Tf<IReadOnlyList<Tensor?>> Reshape(GradOp op, IReadOnlyList<Tensor?> grads) =>
        from shape in ArrayOps.Shape(op.Inputs[0])
        from r in ArrayOps.Reshape(grads[0]!, shape)
        select (IReadOnlyList<Tensor?>)[r, null];

    /// <summary><c>_FillGrad</c>: the value's gradient is the sum of all gradients.</summary>
    public static Tf<IReadOnlyList<Tensor?>> Fill(GradOp op, IReadOnlyList<Tensor?> grads) =>
        MathOps.ReduceSum(grads[0]!).Select(s => (IReadOnlyList<Tensor?>)[null, s]);

    /// <summary><c>_PackGrad</c>: <c>unstack(grad, num=N, axis=axis)</c>, an Unpack op named <c>unstack</c>.</summary>
    public static Tf<IReadOnlyList<Tensor?>> Pack(GradOp op, IReadOnlyList<Tensor?> grads) =>
        GradOps.GenOp("Unpack", [grads[0]!], Attrs.Of(("num", AttrValue.Of(op.IntAttr("N"))), ("axis", AttrValue.Of(op.IntAttr("axis")))), "unstack")
            .Select(u => (IReadOnlyList<Tensor?>)u.Outputs.Select(t => (Tensor?)t).ToList());

    /// <summary><c>_UnpackGrad</c>: <c>stack(grads, axis)</c>.</summary>
    public static Tf<IReadOnlyList<Tensor?>> Unpack(GradOp op, IReadOnlyList<Tensor?> grads) =>
        ArrayOps.Stack(grads.Select(g => (object)g!).ToList(), op.IntAttr("axis")).Select(s => (IReadOnlyList<Tensor?>)[s]);

    /// <summary>
    /// <c>_ConcatGradV2</c> (<c>_ConcatGradHelper</c>) for dense gradients: the non-negative axis
    /// (<c>axis % rank</c>), the inputs' shapes (Const Shapes, or ShapeN when one is dynamic),
    /// ConcatOffset, then one Slice per input.
    /// </summary>
    public static Tf<IReadOnlyList<Tensor?>> ConcatV2(GradOp op, IReadOnlyList<Tensor?> grads)
    {
        var grad = grads[0]!;
        if (op.Inputs.Count == 2) return Tf.Pure<IReadOnlyList<Tensor?>>([grad, null]);
        var axis = op.Inputs[^1];
        var values = op.Inputs.Take(op.Inputs.Count - 1).ToList();
        return from rank in ArrayOps.Rank(values[0])
               from nonNeg in GradOps.Mod(axis, rank)
               from sizes in ExtractInputShapes(values)
               from offset in GradOps.GenOp("ConcatOffset", [nonNeg, sizes.Cast<object>().ToList()])
               from slices in Tf.Sequence(sizes.Select((size, i) => GradOps.Gen("Slice", [grad, offset.Output(i), size])))
               select (IReadOnlyList<Tensor?>)slices.Select(s => (Tensor?)s).Concat([null]).ToList();
    }

    /// <summary><c>_ExtractInputShapes</c>: each input's <c>shape()</c> until one is not a Const, then ShapeN of all.</summary>
    private static Tf<IReadOnlyList<Tensor>> ExtractInputShapes(IReadOnlyList<Tensor> inputs) => Tf.Of<IReadOnlyList<Tensor>>((w, t) =>
    {
        var sizes = new List<Tensor>();
        foreach (var x in inputs)
        {
            var r = ArrayOps.Shape(x).Run(w, t);
            w = r.World;
            if (r.Error is not null) return Result.Fail<IReadOnlyList<Tensor>>(w, r.Error);
            if (w.Graph(r.Value.Graph).Op(r.Value.OpId).Type != "Const")
            {
                var n = GradOps.GenOp("ShapeN", [inputs.Cast<object>().ToList()], Attrs.Of(("out_type", AttrValue.Of(DType.Int32)))).Run(w, t);
                return n.Error is not null ? Result.Fail<IReadOnlyList<Tensor>>(n.World, n.Error) : Result.Ok<IReadOnlyList<Tensor>>(n.World, n.Value.Outputs.ToList());
            }
            sizes.Add(r.Value);
        }
        return Result.Ok<IReadOnlyList<Tensor>>(w, sizes);
    });

    /// <summary>
    /// <c>_SliceGrad</c>: pad the gradient back to the input's shape with
    /// paddings <c>concat([reshape(begin, [rank, 1]), reshape(shape(input) - size - begin, [rank, 1])], 1)</c>.
    /// </summary>
    public static Tf<IReadOnlyList<Tensor?>> Slice(GradOp op, IReadOnlyList<Tensor?> grads)
    {
        var (input, begin) = (op.Inputs[0], op.Inputs[1]);
        return from rank in ArrayOps.Rank(input)
               from size in ArrayOps.Shape(op.Outputs[0], begin.DType)
               from shape in ArrayOps.Stack([rank, 1L])
               from before in ArrayOps.Reshape(begin, shape)
               from inputShape in ArrayOps.Shape(input, begin.DType)
               from d1 in GradOps.Sub(inputShape, size)
               from d2 in GradOps.Sub(d1, begin)
               from after in ArrayOps.Reshape(d2, shape)
               from paddings in ArrayOps.Concat([before, after], 1L)
               from padded in GradOps.Gen("Pad", [grads[0]!, paddings])
               select (IReadOnlyList<Tensor?>)[padded, null, null];
    }
}
