using ScopeFn.Core.Types;
using ScopeFn.Interpreter.Arrays;
using ScopeFn.Interpreter.Kernels;

namespace ScopeFn.Interpreter.Evaluation;

/// <summary>The kernels behind the op types gradient functions build (Core's GradientOpDefs).</summary>
internal static class GradientKernels
{
    public static KernelTable Register(KernelTable table) => Entries.Aggregate(table, (t, e) => t.With(e.Type, KernelDef.Of(e.Kernel)));

    private static readonly (string Type, OpKernel Kernel)[] Entries =
    [
        ("BroadcastGradientArgs", c => Many(c, Ops.BroadcastGradientArgs(c.Longs(0), c.Longs(1), c.TypeAttr("T"))
            is { IsOk: true } r ? KernelResult<IReadOnlyList<NdArray>>.Ok([r.Value.R0, r.Value.R1]) : KernelResult<IReadOnlyList<NdArray>>.Fail(Ops.BroadcastGradientArgs(c.Longs(0), c.Longs(1)).Error!))),
        ("ReluGrad", c => One(c, Ops.ReluGrad(c.Array(0), c.Array(1)))),
        ("SigmoidGrad", c => One(c, Ops.SigmoidGrad(c.Array(0), c.Array(1)))),
        ("TanhGrad", c => One(c, Ops.TanhGrad(c.Array(0), c.Array(1)))),
        ("AddN", c => One(c, Ops.AddN(c.Arrays(0, c.Inputs.Count)))),
        ("ZerosLike", c => One(c, Ops.ZerosLike(c.Array(0)))),
        ("OnesLike", c => One(c, Ops.OnesLike(c.Array(0)))),
        ("Tile", c => One(c, Ops.Tile(c.Array(0), c.Longs(1)))),
        ("Unpack", c => Many(c, Ops.Unpack(c.Array(0), c.IntAttr("num"), c.IntAttr("axis")))),
        ("ConcatOffset", c => Many(c, Ops.ConcatOffset(c.Longs(0)[0], Enumerable.Range(1, c.Inputs.Count - 1).Select(c.Longs).ToList()))),
        ("ShapeN", c => Many(c, Kernel.Run<IReadOnlyList<NdArray>>(() =>
            Enumerable.Range(0, c.Inputs.Count).Select(i => Ops.Shape(c.Array(i), c.TypeAttr("out_type")).Value).ToList()))),
        ("Pad", c => One(c, Ops.Pad(c.Array(0), c.Longs(1)))),
        ("Slice", c => One(c, Ops.Slice(c.Array(0), c.Longs(1), c.Longs(2)))),
        ("FloorMod", c => One(c, Ops.FloorMod(c.Array(0), c.Array(1)))),
        ("FloorDiv", c => One(c, Ops.FloorDiv(c.Array(0), c.Array(1)))),
        ("Maximum", c => One(c, Ops.Maximum(c.Array(0), c.Array(1)))),
        ("BroadcastTo", c => One(c, Ops.BroadcastTo(c.Array(0), c.Longs(1)))),
        ("Size", c => One(c, Ops.Size(c.Array(0), c.TypeAttr("out_type")))),
        ("DynamicStitch", c =>
        {
            var n = c.Inputs.Count / 2;
            return One(c, Ops.DynamicStitch(Enumerable.Range(0, n).Select(c.Longs).ToList(), c.Arrays(n, n)));
        }),
    ];

    private static KernelResult<KernelOutput> One(KernelContext c, KernelResult<NdArray> r) =>
        r.IsOk ? KernelOutput.Of(c.State, r.Value) : KernelResult<KernelOutput>.Fail(r.Error!);

    private static KernelResult<KernelOutput> Many(KernelContext c, KernelResult<IReadOnlyList<NdArray>> r) =>
        r.IsOk ? KernelOutput.Of(c.State, r.Value.Select(a => (RuntimeValue)a).ToArray()) : KernelResult<KernelOutput>.Fail(r.Error!);
}
