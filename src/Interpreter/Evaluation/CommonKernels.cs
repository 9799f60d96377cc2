using ScopeFn.Interpreter.Arrays;
using ScopeFn.Interpreter.Kernels;

namespace ScopeFn.Interpreter.Evaluation;

/// <summary>The kernels behind Core's CommonOpDefs: element-wise math, reductions, arg-reductions, dims and StridedSliceGrad.</summary>
internal static class CommonKernels
{
    public static KernelTable Register(KernelTable table) => Entries.Aggregate(table, (t, e) => t.With(e.Type, KernelDef.Of(e.Kernel)));

    private static readonly (string Type, OpKernel Kernel)[] Entries =
    [
        ("Square", c => One(c, Ops.Square(c.Array(0)))),
        ("Sqrt", c => One(c, Ops.Sqrt(c.Array(0)))),
        ("Exp", c => One(c, Ops.Exp(c.Array(0)))),
        ("Log", c => One(c, Ops.Log(c.Array(0)))),
        ("Abs", c => One(c, Ops.Abs(c.Array(0)))),
        ("Sign", c => One(c, Ops.Sign(c.Array(0)))),
        ("Reciprocal", c => One(c, Ops.Reciprocal(c.Array(0)))),
        ("SqrtGrad", c => One(c, Ops.SqrtGrad(c.Array(0), c.Array(1)))),
        ("ReciprocalGrad", c => One(c, Ops.ReciprocalGrad(c.Array(0), c.Array(1)))),
        ("Pow", c => One(c, Ops.Pow(c.Array(0), c.Array(1)))),
        ("Minimum", c => One(c, Ops.Minimum(c.Array(0), c.Array(1)))),
        ("SquaredDifference", c => One(c, Ops.SquaredDifference(c.Array(0), c.Array(1)))),
        ("Max", c => One(c, Ops.Max(c.Array(0), c.Longs(1), c.BoolAttr("keep_dims")))),
        ("Min", c => One(c, Ops.Min(c.Array(0), c.Longs(1), c.BoolAttr("keep_dims")))),
        ("Any", c => One(c, Ops.Any(c.Array(0), c.Longs(1), c.BoolAttr("keep_dims")))),
        ("All", c => One(c, Ops.All(c.Array(0), c.Longs(1), c.BoolAttr("keep_dims")))),
        ("ArgMax", c => One(c, Ops.ArgMax(c.Array(0), c.Longs(1)[0], c.TypeAttr("output_type")))),
        ("ArgMin", c => One(c, Ops.ArgMin(c.Array(0), c.Longs(1)[0], c.TypeAttr("output_type")))),
        ("Transpose", c => One(c, Ops.Transpose(c.Array(0), c.Longs(1)))),
        ("InvertPermutation", c => One(c, InvertPermutation(c.Array(0), c.Longs(0)))),
        ("ExpandDims", c => One(c, Ops.ExpandDims(c.Array(0), c.Longs(1)[0]))),
        ("Select", c => One(c, Ops.Select(c.Array(0), c.Array(1), c.Array(2)))),
        ("SelectV2", c => One(c, Ops.SelectV2(c.Array(0), c.Array(1), c.Array(2)))),
        ("OneHot", c => One(c, Ops.OneHot(c.Longs(0), c.Array(0).Shape.ToArray(), c.Longs(1)[0], c.Array(2), c.Array(3), c.IntAttr("axis")))),
        ("StridedSliceGrad", c => One(c, Ops.StridedSliceGrad(c.Longs(0), c.Longs(1), c.Longs(2), c.Longs(3), c.Array(4),
            (int)c.IntAttr("begin_mask"), (int)c.IntAttr("end_mask"), (int)c.IntAttr("ellipsis_mask"),
            (int)c.IntAttr("new_axis_mask"), (int)c.IntAttr("shrink_axis_mask")))),
    ];

    /// <summary>InvertPermutation (array_ops.cc): y[x[i]] = i, each of 0..n-1 exactly once; x's dtype.</summary>
    private static KernelResult<NdArray> InvertPermutation(NdArray x, long[] perm) => Kernel.Run(() =>
    {
        if (x.Rank != 1) throw Kernel.Invalid("invert_permutation expects a 1D vector.");
        var n = perm.Length;
        var inverse = Enumerable.Repeat(-1L, n).ToArray();
        for (var i = 0; i < n; i++)
        {
            var d = perm[i];
            if (d < 0 || d >= n) throw Kernel.Invalid($"{d} is not between 0 and {n}");
            if (inverse[d] != -1) throw Kernel.Invalid($"{d} is duplicated in the input.");
            inverse[d] = i;
        }
        return Ops.Cast(NdArray.FromFlat<long>(inverse, n), x.DType).Value!;
    });

    private static KernelResult<KernelOutput> One(KernelContext c, KernelResult<NdArray> r) =>
        r.IsOk ? KernelOutput.Of(c.State, r.Value!) : KernelResult<KernelOutput>.Fail(r.Error!);
}
