using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Scopes;
using ScopeFn.Core.Types;

namespace ScopeFn.Core.Ops;

/// <summary>
/// <c>Tensor.__getitem__</c> (array_ops <c>_slice_helper</c>): the subscript is turned into begin,
/// end and strides lists and five bit masks, one bit per subscript element; inside the
/// <c>strided_slice</c> name scope the lists are packed by <c>stack</c> (a Const <c>stack</c>,
/// <c>stack_1</c>, <c>stack_2</c> when all are Python ints), then one StridedSlice named by the scope.
/// </summary>
public static class SliceHelper
{
    public static Tf<Tensor> Slice(Tensor tensor, IReadOnlyList<SliceSpec> spec) =>
        NameScope.V1(null, "strided_slice", [tensor], scope =>
            from lists in Lists(spec)
            from packed in lists.Begin.Count > 0
                ? from b in ArrayOps.Stack(lists.Begin)
                  from e in ArrayOps.Stack(lists.End)
                  from s in ArrayOps.Stack(lists.Strides)
                  select (b, e, s)
                : Constant.Of(new List<object>(), DType.Int32).Select(empty => (empty, empty, empty))
            from r in StridedSlice(tensor, packed.Item1, packed.Item2, packed.Item3, lists.Masks, scope)
            select r);

    /// <summary><c>tf.strided_slice</c>'s op: <c>gen_array_ops.strided_slice</c> with the five masks.</summary>
    public static Tf<Tensor> StridedSlice(object input, object begin, object end, object strides, SliceMasks masks, string? name) =>
        OpApply.Apply1("StridedSlice", name, [input, begin, end, strides], Attrs.Of(
            ("begin_mask", AttrValue.Of(masks.Begin)),
            ("end_mask", AttrValue.Of(masks.End)),
            ("ellipsis_mask", AttrValue.Of(masks.Ellipsis)),
            ("new_axis_mask", AttrValue.Of(masks.NewAxis)),
            ("shrink_axis_mask", AttrValue.Of(masks.ShrinkAxis))));

    // Immutable lists: a Tf program may run more than once (retracing), so nothing is mutated.
    private sealed record SpecLists(IReadOnlyList<object> Begin, IReadOnlyList<object> End, IReadOnlyList<object> Strides, SliceMasks Masks)
    {
        public SpecLists With(object begin, object end, object stride) => this with { Begin = [.. Begin, begin], End = [.. End, end], Strides = [.. Strides, stride] };
    }

    private static Tf<SpecLists> Lists(IReadOnlyList<SliceSpec> spec)
    {
        var acc = Tf.Pure(new SpecLists([], [], [], new SliceMasks()));
        for (var index = 0; index < spec.Count; index++)
        {
            var (bit, item) = (1L << index, spec[index]);
            acc = from l in acc from next in Add(l, item, bit) select next;
        }
        return acc;
    }

    private static Tf<SpecLists> Add(SpecLists l, SliceSpec item, long bit) => item switch
    {
        SliceSpec.Range r => Tf.Pure(l.With(r.Start ?? 0L, r.Stop ?? 0L, r.Step ?? 1L) with
        {
            Masks = l.Masks with
            {
                Begin = l.Masks.Begin | (r.Start is null ? bit : 0),
                End = l.Masks.End | (r.Stop is null ? bit : 0),
            },
        }),
        SliceSpec.Ellipsis => Tf.Pure(l.With(0L, 0L, 1L) with { Masks = l.Masks with { Ellipsis = l.Masks.Ellipsis | bit } }),
        SliceSpec.NewAxis => Tf.Pure(l.With(0L, 0L, 1L) with { Masks = l.Masks with { NewAxis = l.Masks.NewAxis | bit } }),
        // A tensor index's end is `s + 1` (an `add` op inside the strided_slice scope); an int64
        // index's stride is constant(1, dtype=int64), made after that.
        SliceSpec.Index { Value: Tensor t } =>
            from end in MathOps.Operator("add", t, 1L)
            from stride in t.DType == DType.Int64 ? Constant.Of(1L, DType.Int64).Select(c => (object)c) : Tf.Pure((object)1L)
            select Shrunk(l, t, end, stride, bit),
        SliceSpec.Index { Value: long i } => Tf.Pure(Shrunk(l, i, i + 1, 1L, bit)),
        _ => throw new ArgumentException($"unknown slice spec {item}", nameof(item)),
    };

    private static SpecLists Shrunk(SpecLists l, object begin, object end, object stride, long bit) =>
        l.With(begin, end, stride) with { Masks = l.Masks with { ShrinkAxis = l.Masks.ShrinkAxis | bit } };
}

/// <summary>StridedSlice's five mask attrs.</summary>
public sealed record SliceMasks(long Begin = 0, long End = 0, long Ellipsis = 0, long NewAxis = 0, long ShrinkAxis = 0);
