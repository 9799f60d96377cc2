using ScopeFn.Core.Graphs;
using ScopeFn.Interpreter.Arrays;
using ScopeFn.Interpreter.Kernels;

namespace ScopeFn.Interpreter.Evaluation;

/// <summary>
/// cwise_op_less.cc etc. and the equality kernels: with <c>incompatible_shape_error=False</c>, Equal
/// of shapes that do not broadcast is a scalar False (NotEqual: True) instead of an error.
/// </summary>
internal static class CompareKernels
{
    public static KernelTable Register(KernelTable table) => table
        .With("Less", KernelDef.Of(c => One(c, Ops.Less(c.Array(0), c.Array(1)))))
        .With("LessEqual", KernelDef.Of(c => One(c, Ops.LessEqual(c.Array(0), c.Array(1)))))
        .With("Greater", KernelDef.Of(c => One(c, Ops.Greater(c.Array(0), c.Array(1)))))
        .With("GreaterEqual", KernelDef.Of(c => One(c, Ops.GreaterEqual(c.Array(0), c.Array(1)))))
        .With("Equal", KernelDef.Of(c => Equality(c, Ops.Equal(c.Array(0), c.Array(1)), false)))
        .With("NotEqual", KernelDef.Of(c => Equality(c, Ops.NotEqual(c.Array(0), c.Array(1)), true)));

    private static KernelResult<KernelOutput> Equality(KernelContext c, KernelResult<NdArray> r, bool whenIncompatible) =>
        !r.IsOk && !c.BoolAttr("incompatible_shape_error", true) && BroadcastShape.TryCreate(c.Array(0).Shape.AsSpan(), c.Array(1).Shape.AsSpan()) is null
            ? KernelOutput.Of(c.State, NdArray.Scalar(whenIncompatible))
            : One(c, r);

    private static KernelResult<KernelOutput> One(KernelContext c, KernelResult<NdArray> r) =>
        r.IsOk ? KernelOutput.Of(c.State, r.Value) : KernelResult<KernelOutput>.Fail(r.Error!);
}
