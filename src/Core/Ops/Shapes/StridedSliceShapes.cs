using LanguageExt;
using ScopeFn.Core.Collections;
using ScopeFn.Core.Errors;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Types;
using static ScopeFn.Core.Ops.Shapes.InferenceContext;

namespace ScopeFn.Core.Ops.Shapes;

/// <summary>
/// StridedSlice's shape function (array_ops.cc <c>StridedSliceShapeFn</c> over
/// strided_slice_op.cc <c>ValidateStridedSliceOp</c>) on partial shapes: the sparse spec with
/// ellipsis / new-axis / shrink masks is expanded per input dimension; an unknown input dimension
/// gives an unknown output dimension unless it is shrunk. Non-constant begin/end/strides leave the
/// shape unknown.
/// </summary>
internal static class StridedSliceShapes
{
    private const int NewAxis = -1;
    private const int ShrinkAxis = -2;

    public static Either<TfError, EquatableArray<TensorSpec>> Infer(InferenceContext c)
    {
        var dtype = c.DType(0);
        if (c.Shape(0).Dims is not { } input || c.ConstantValue(1) is not { } b || c.ConstantValue(2) is not { } e || c.ConstantValue(3) is not { } s)
            return One(dtype, TensorShape.Unknown);
        return Final(input.ToArray(), b.AsLongs().ToArray(), e.AsLongs().ToArray(), s.AsLongs().ToArray(),
                (int)c.IntAttr("begin_mask"), (int)c.IntAttr("end_mask"), (int)c.IntAttr("ellipsis_mask"),
                (int)c.IntAttr("new_axis_mask"), (int)c.IntAttr("shrink_axis_mask"))
            .Map(shape => Seq1(new TensorSpec(dtype, shape)));
    }

    /// <summary>The output shape of <c>input[spec]</c>, or TF's ValueError text for an invalid spec.</summary>
    public static Either<TfError, TensorShape> Final(long?[] input, long[] begin, long[] end, long[] strides,
        int beginMask, int endMask, int ellipsisMask, int newAxisMask, int shrinkAxisMask)
    {
        if (begin.Length != end.Length || begin.Length != strides.Length)
            return Fail($"Expected begin, end, and strides to be 1D equal size tensors, but got shapes [{begin.Length}], [{end.Length}], and [{strides.Length}] instead.");
        var sparseDims = begin.Length;
        var ellipsisSeen = false;
        var addAxisAfterEllipsis = 0;
        for (var i = 0; i < sparseDims; i++)
        {
            if (ellipsisSeen && Bit(newAxisMask, i)) addAxisAfterEllipsis++;
            if (!Bit(ellipsisMask, i)) continue;
            if (ellipsisSeen) return Fail("Multiple ellipses in slice spec not allowed");
            ellipsisSeen = true;
        }
        // Without an ellipsis the unspecified trailing dimensions are taken whole, as if one ended the spec.
        if (!ellipsisSeen) { ellipsisMask |= 1 << sparseDims; sparseDims++; }

        var dims = input.Length;
        var dBegin = new long[dims];
        var dEnd = new long[dims];
        var dStride = new long[dims];
        bool[] dBeginMask = new bool[dims], dEndMask = new bool[dims], dShrink = new bool[dims];
        var gather = new List<int>();
        var full = 0;
        for (var i = 0; i < sparseDims; i++)
        {
            if (Bit(ellipsisMask, i))
            {
                var next = Math.Min(dims - (sparseDims - i) + 1 + addAxisAfterEllipsis, dims);
                for (; full < next; full++)
                {
                    dStride[full] = 1;
                    dBeginMask[full] = dEndMask[full] = true;
                    gather.Add(full);
                }
            }
            else if (Bit(newAxisMask, i)) gather.Add(NewAxis);
            else
            {
                if (full == dims) return Fail($"Index out of range using input dim {full}; input has only {dims} dims");
                (dBegin[full], dEnd[full], dStride[full]) = (begin[i], end[i], strides[i]);
                (dBeginMask[full], dEndMask[full], dShrink[full]) = (Bit(beginMask, i), Bit(endMask, i), Bit(shrinkAxisMask, i));
                gather.Add(dShrink[full] ? ShrinkAxis : full);
                full++;
            }
        }

        var processing = new long?[dims];
        for (var i = 0; i < dims; i++)
        {
            var stride = dStride[i];
            if (stride == 0) return Fail($"strides[{i}] must be non-zero");
            if (input[i] is not { } dim)
            {
                processing[i] = dShrink[i] ? 1 : null;
                continue;
            }
            if (dShrink[i])
            {
                if (stride <= 0) return Fail("only stride 1 allowed on non-range indexing.");
                var x = dBegin[i] < 0 ? dim + dBegin[i] : dBegin[i];
                if (x < 0 || x >= dim) return Fail($"slice index {x} of dimension {i} out of bounds.");
                processing[i] = 1;
                continue;
            }
            long lo = stride > 0 ? 0 : -1, hi = stride > 0 ? dim : dim - 1;
            long Canonical(long v, bool masked, bool isEnd)
            {
                if (masked) return stride > 0 ? (isEnd ? hi : lo) : (isEnd ? lo : hi);
                var fwd = v < 0 ? dim + v : v;
                return fwd < lo ? lo : Math.Min(fwd, hi);
            }
            var b = Canonical(dBegin[i], dBeginMask[i], false);
            var e = Canonical(dEnd[i], dEndMask[i], true);
            var interval = dBeginMask[i] && dEndMask[i] ? (stride > 0 ? dim : -dim) : e - b;
            processing[i] = interval == 0 || (interval < 0) != (stride < 0)
                ? 0
                : interval / stride + (interval % stride != 0 ? 1 : 0);
        }

        var final = new List<long?>();
        foreach (var g in gather)
        {
            if (g == NewAxis) final.Add(1);
            else if (g != ShrinkAxis) final.Add(processing[g]);
        }
        return TensorShape.Of(final);
    }

    private static Either<TfError, TensorShape> Fail(string message) => new ShapeError(message);

    private static bool Bit(int mask, int i) => i < 31 && (mask & (1 << i)) != 0;
}
