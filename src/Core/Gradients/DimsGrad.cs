using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Ops;
using ScopeFn.Core.Types;

namespace ScopeFn.Core.Gradients;

/// <summary>array_grad.py's gradients of the dimension ops and of StridedSlice.</summary>
internal static class DimsGrad
{
    /// <summary><c>_TransposeGrad</c>: <c>transpose(grad, invert_permutation(perm))</c>.</summary>
    public static Tf<IReadOnlyList<Tensor?>> Transpose(GradOp op, IReadOnlyList<Tensor?> grads) =>
        from inverse in GradOps.Gen("InvertPermutation", [op.Inputs[1]])
        from g in ArrayOps.Transpose(grads[0]!, inverse)
        select (IReadOnlyList<Tensor?>)[g, null];

    /// <summary><c>_ExpandDimsGrad</c> and <c>_SqueezeGrad</c> (<c>_ReshapeToInput</c>): reshape to <c>shape(input)</c>.</summary>
    public static Tf<IReadOnlyList<Tensor?>> ReshapeToInput(GradOp op, IReadOnlyList<Tensor?> grads) =>
        from shape in ArrayOps.Shape(op.Inputs[0])
        from g in ArrayOps.Reshape(grads[0]!, shape)
        select (IReadOnlyList<Tensor?>)(op.Inputs.Count == 2 ? [g, null] : [g]);

    /// <summary>
    /// <c>_StridedSliceGrad</c>: the input's shape (with begin's dtype), then begin/end/strides (and
    /// that shape) by their constant values when known, converted again by StridedSliceGrad's
    /// wrapper (<c>StridedSliceGrad/shape</c>, <c>/begin</c>, …), the masks copied from the forward op.
    /// </summary>
    public static Tf<IReadOnlyList<Tensor?>> StridedSlice(GradOp op, IReadOnlyList<Tensor?> grads) =>
        from x in ArrayOps.Shape(op.Inputs[0], op.Inputs[1].DType)
        from args in Tf.Sequence(new[] { x, op.Inputs[1], op.Inputs[2], op.Inputs[3] }.Select(StaticValue))
        from g in OpApply.Apply1("StridedSliceGrad", null, [.. args, grads[0]!], Attrs.Of(
            ("begin_mask", AttrValue.Of(op.IntAttr("begin_mask"))),
            ("end_mask", AttrValue.Of(op.IntAttr("end_mask"))),
            ("ellipsis_mask", AttrValue.Of(op.IntAttr("ellipsis_mask"))),
            ("new_axis_mask", AttrValue.Of(op.IntAttr("new_axis_mask"))),
            ("shrink_axis_mask", AttrValue.Of(op.IntAttr("shrink_axis_mask")))))
        select (IReadOnlyList<Tensor?>)[g, null, null, null];

    /// <summary><c>tensor_util.constant_value</c> of a graph Const: its value as a host list (int32 entries), else the tensor.</summary>
    private static Tf<object> StaticValue(Tensor t) => Tf.Of<object>((w, thread) =>
    {
        if (Eager.EagerContext.IsEager(t)) return Monad.Result.Ok<object>(w, t);
        var op = w.Graph(t.Graph).Op(t.OpId);
        return Monad.Result.Ok<object>(w, op.Type == "Const" && op.Attr("value") is AttrValue.TensorValue v && v.Tensor.DType == DType.Int32
            ? v.Tensor.AsLongs().Select(x => (object)x).ToList()
            : t);
    });

    /// <summary>
    /// <c>_TileGrad</c>: interleave multiples and the input's shape (<c>stack</c>, <c>transpose</c>,
    /// <c>Reshape</c> to [-1]), sum the reshaped gradient over the even axes (<c>range(0, size, 2)</c>).
    /// gradients_util sets the input's static shape on the result.
    /// </summary>
    public static Tf<IReadOnlyList<Tensor?>> Tile(GradOp op, IReadOnlyList<Tensor?> grads) =>
        from inputShape in ArrayOps.Shape(op.Inputs[0], op.Inputs[1].DType)
        from packed in ArrayOps.Stack([op.Inputs[1], inputShape])
        from transposed in ArrayOps.Transpose(packed)
        from splitShape in ArrayOps.Reshape(transposed, new List<object> { -1L })
        from size in ArrayOps.Size(splitShape)
        from axes in ArrayOps.Range(0L, size, 2L)
        from reshaped in ArrayOps.Reshape(grads[0]!, splitShape)
        from g in MathOps.ReduceSum(reshaped, axes)
        select (IReadOnlyList<Tensor?>)[g, null];
}
