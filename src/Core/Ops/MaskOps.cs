using ScopeFn.Core.Errors;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Scopes;
using ScopeFn.Core.Types;

namespace ScopeFn.Core.Ops;

/// <summary>
/// The Python-level functions behind <c>tf.compat.v1.boolean_mask</c> (array_ops.py), built op by op
/// as TF builds them, since every op they add shifts later unique names and seeds.
/// </summary>
public static class MaskOps
{
    /// <summary><c>tf.math.logical_not</c>: the generated wrapper, op <c>LogicalNot</c>.</summary>
    public static Tf<Tensor> LogicalNot(object x, string? name = null) => OpApply.Apply1("LogicalNot", name, [x]);

    /// <summary>
    /// <c>tensor[start:stop]</c> on one axis (array_ops <c>_slice_helper</c>): inside <c>strided_slice/</c>
    /// the packed begin, end and strides (<c>stack</c>, <c>stack_1</c>, <c>stack_2</c>), an omitted bound
    /// setting its mask bit, then the StridedSlice op named by the scope.
    /// </summary>
    public static Tf<Tensor> Slice(Tensor tensor, long? start, long? stop) =>
        NameScope.V1(null, "strided_slice", [tensor], scope =>
            from begin in ArrayOps.Stack([start ?? 0L])
            from end in ArrayOps.Stack([stop ?? 0L])
            from strides in ArrayOps.Stack([1L])
            from r in OpApply.Apply1("StridedSlice", scope, [tensor, begin, end, strides], Attrs.Of(
                ("begin_mask", AttrValue.Of(start is null ? 1L : 0L)),
                ("end_mask", AttrValue.Of(stop is null ? 1L : 0L)),
                ("ellipsis_mask", AttrValue.Of(0L)),
                ("new_axis_mask", AttrValue.Of(0L)),
                ("shrink_axis_mask", AttrValue.Of(0L))))
            select r);

    /// <summary><c>gen_math_ops.prod(x, axis)</c>: a Python axis list becomes <c>Prod/reduction_indices</c>.</summary>
    public static Tf<Tensor> Prod(object input, object axis, string? name = null) =>
        OpApply.Apply1("Prod", name, [input, axis], Attrs.Of(("keep_dims", AttrValue.Of(false))),
            new Dictionary<string, DType> { ["Tidx"] = DType.Int32 });

    /// <summary>v1 <c>tf.where(condition)</c> with no x/y: the coordinates of true elements, op <c>Where</c>.</summary>
    public static Tf<Tensor> Where(Tensor condition, string? name = null) =>
        NameScope.V1(name, "Where", [condition], scope => OpApply.Apply1("Where", scope, [condition]));

    /// <summary><c>tf.squeeze(input, axis)</c>: op <c>Squeeze</c> with <c>squeeze_dims</c>.</summary>
    public static Tf<Tensor> Squeeze(Tensor input, long[] axis, string? name = null) =>
        OpApply.Apply1("Squeeze", name, [input], Attrs.Of(("squeeze_dims",
            new AttrValue.ListValue(LanguageExt.Seq.createRange(axis.Select(AttrValue.Of))))));

    /// <summary>
    /// <c>tf.compat.v1.gather(params, indices, axis=0)</c> on a tensor (no <c>sparse_read</c>): GatherV2
    /// with its axis converted as <c>GatherV2/axis</c>.
    /// </summary>
    public static Tf<Tensor> Gather(Tensor @params, Tensor indices, long axis = 0, string? name = null) =>
        OpApply.Apply1("GatherV2", name, [@params, indices, axis], Attrs.Of(("batch_dims", AttrValue.Of(0L))),
            new Dictionary<string, DType> { ["Taxis"] = DType.Int32 });

    /// <summary>
    /// array_ops <c>boolean_mask(tensor, mask, name="boolean_mask", axis=None)</c> for axis 0: under
    /// <c>boolean_mask/</c>, the leading size (<c>Shape</c>, <c>strided_slice</c>, <c>Prod</c>), the
    /// reshaped tensor (<c>Shape_1</c>, <c>strided_slice_1</c>, <c>Shape_2</c>, <c>strided_slice_2</c>,
    /// <c>concat</c> with <c>concat/values_1</c> and <c>concat/axis</c>, <c>Reshape</c>), the flattened
    /// mask (<c>Reshape_1</c>), then <c>Where</c>, <c>Squeeze</c> and <c>GatherV2</c>.
    /// </summary>
    public static Tf<Tensor> BooleanMask(object tensor, object mask, string name = "boolean_mask") =>
        NameScope.V1(name, null, [tensor, mask], _ =>
            from t in Convert.ToTensor(tensor, name: "tensor")
            from m in Convert.ToTensor(mask, name: "mask")
            from checkedMask in m.Shape.Rank switch
            {
                0 => Tf.Fail<int>(new ValueError("mask cannot be scalar.")),
                null => Tf.Fail<int>(new ValueError(
                    "Number of mask dimensions must be specified, even if some dimensions are None.  E.g. shape=[None] is ok, but shape=None is not.")),
                { } k => Tf.Pure(k),
            }
            let k = (long)checkedMask
            from s0 in ArrayOps.Shape(t)
            from leadingDims in Slice(s0, 0, k)
            from leading in Prod(leadingDims, new List<object> { 0L })
            from s1 in ArrayOps.Shape(t)
            from before in Slice(s1, null, 0)
            from s2 in ArrayOps.Shape(t)
            from after in Slice(s2, k, null)
            from newShape in Concat3(before, leading, after)
            from reshaped in ArrayOps.Reshape(t, newShape)
            from flatMask in ArrayOps.Reshape(m, new List<object> { -1L })
            from coords in Where(flatMask)
            from indices in Squeeze(coords, [1])
            from r in Gather(reshaped, indices)
            select r);

    /// <summary>
    /// <c>concat([before, [leading], after], 0)</c>: the wrapper converts its list input element by
    /// element, so the Python list <c>[leading]</c> is auto-packed as <c>concat/values_1</c> before <c>concat/axis</c>.
    /// </summary>
    private static Tf<Tensor> Concat3(Tensor before, Tensor leading, Tensor after) =>
        NameScope.V1("concat", null, null, scope =>
            from packed in ArrayOps.Stack([leading], 0, "values_1")
            from r in OpApply.Apply1("ConcatV2", scope, [new List<object> { before, packed, after }, 0L],
                defaultTypes: new Dictionary<string, DType> { ["Tidx"] = DType.Int32 })
            select r);
}
