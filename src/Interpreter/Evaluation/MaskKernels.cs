using ScopeFn.Core.Graphs;
using ScopeFn.Interpreter.Arrays;
using ScopeFn.Interpreter.Kernels;

namespace ScopeFn.Interpreter.Evaluation;

/// <summary>
/// Kernels of the ops <c>boolean_mask</c> and <c>report_uninitialized_variables</c> build: LogicalNot,
/// StridedSlice, Prod, Where, Squeeze and GatherV2, reading their attrs as TF's kernels do.
/// </summary>
internal static class MaskKernels
{
    public static KernelTable Register(KernelTable table) => table
        .With("LogicalNot", KernelDef.Of(c => One(c, Ops.LogicalNot(c.Array(0)))))
        .With("StridedSlice", KernelDef.Of(c => One(c, Ops.StridedSlice(c.Array(0), c.Longs(1), c.Longs(2), c.Longs(3),
            (int)c.IntAttr("begin_mask"), (int)c.IntAttr("end_mask"), (int)c.IntAttr("ellipsis_mask"),
            (int)c.IntAttr("new_axis_mask"), (int)c.IntAttr("shrink_axis_mask")))))
        .With("Prod", KernelDef.Of(c => One(c, Ops.Prod(c.Array(0), c.Longs(1), c.BoolAttr("keep_dims")))))
        .With("Where", KernelDef.Of(c => One(c, Ops.Where(c.Array(0)))))
        .With("Squeeze", KernelDef.Of(c => One(c, Ops.Squeeze(c.Array(0), SqueezeDims(c)))))
        .With("GatherV2", KernelDef.Of(c => One(c, Ops.GatherV2(c.Array(0), c.Longs(1), c.Array(1).Shape.ToArray(), c.Longs(2)[0]))));

    private static long[]? SqueezeDims(KernelContext c) =>
        c.Op.Attr("squeeze_dims") is AttrValue.ListValue { Items.Count: > 0 } l ? l.Items.Select(x => ((AttrValue.IntValue)x).Value).ToArray() : null;

    private static KernelResult<KernelOutput> One(KernelContext c, KernelResult<NdArray> r) =>
        r.IsOk ? KernelOutput.Of(c.State, r.Value!) : KernelResult<KernelOutput>.Fail(r.Error!);
}
