using ScopeFn.Core.Errors;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Scopes;
using ScopeFn.Core.Types;

namespace ScopeFn.Core.Ops;

/// <summary>
/// math_ops.py's other reductions (built as <c>reduce_sum</c>: the axes Const, then the op named by
/// type), the arg-reductions (<c>argmax_v2</c>: axis None means 0, converted as <c>dimension</c>),
/// <c>add_n</c> and <c>clip_by_value</c>.
/// </summary>
public static partial class MathOps
{
    public static Tf<Tensor> ReduceMax(object input, object? axis = null, bool keepDims = false, string? name = null) =>
        Reduction("Max", input, axis, keepDims, name);

    public static Tf<Tensor> ReduceMin(object input, object? axis = null, bool keepDims = false, string? name = null) =>
        Reduction("Min", input, axis, keepDims, name);

    public static Tf<Tensor> ReduceProd(object input, object? axis = null, bool keepDims = false, string? name = null) =>
        Reduction("Prod", input, axis, keepDims, name);

    public static Tf<Tensor> ReduceAny(object input, object? axis = null, bool keepDims = false, string? name = null) =>
        Reduction("Any", input, axis, keepDims, name);

    public static Tf<Tensor> ReduceAll(object input, object? axis = null, bool keepDims = false, string? name = null) =>
        Reduction("All", input, axis, keepDims, name);

    /// <summary><c>tf.math.argmax(input, axis=None, output_type=tf.int64)</c>: op ArgMax, axis as <c>ArgMax/dimension</c>.</summary>
    public static Tf<Tensor> ArgMax(object input, object? axis = null, DType? outputType = null, string? name = null) =>
        ArgReduce("ArgMax", input, axis, outputType, name);

    public static Tf<Tensor> ArgMin(object input, object? axis = null, DType? outputType = null, string? name = null) =>
        ArgReduce("ArgMin", input, axis, outputType, name);

    private static Tf<Tensor> ArgReduce(string type, object input, object? axis, DType? outputType, string? name) =>
        OpApply.Apply1(type, name, [input, axis ?? 0L], Attrs.Of(("output_type", AttrValue.Of(outputType ?? DType.Int64))),
            new Dictionary<string, DType> { ["Tidx"] = DType.Int32 });

    /// <summary>
    /// <c>tf.math.add_n(inputs)</c>: the inputs are converted first (outside any scope); one input
    /// is returned as is (or through an Identity when named), more make an AddN op.
    /// </summary>
    public static Tf<Tensor> AddN(IReadOnlyList<object> inputs, string? name = null) =>
        inputs.Count == 0
            ? Tf.Fail<Tensor>(new ValueError("Inputs must be an iterable of at least one Tensor/IndexedSlices with the same dtype and shape."))
            : from tensors in Tf.Sequence(inputs.Select(x => Convert.ToTensor(x)))
              from r in tensors.Count == 1
                  ? name is null ? Tf.Pure(tensors[0]) : ArrayOps.Identity(tensors[0], name)
                  : OpApply.Apply1("AddN", name, [tensors.Cast<object>().ToList()])
              select r;

    /// <summary>
    /// <c>tf.clip_by_value(t, min, max)</c> (clip_ops.py): scope <c>clip_by_value</c>, t converted as
    /// <c>t</c>, <c>minimum(t, max)</c>, then <c>maximum(…, min)</c> carrying the scope's name.
    /// </summary>
    public static Tf<Tensor> ClipByValue(object t, object clipValueMin, object clipValueMax, string? name = null) =>
        NameScope.V1(name, "clip_by_value", [t, clipValueMin, clipValueMax], scope =>
            from values in Convert.ToTensor(t, name: "t")
            from tMin in Minimum(values, clipValueMax)
            from merged in values.Shape.MergeWith(tMin.Shape) is null
                ? Tf.Fail<Tensor>(new ValueError($"Shapes {values.Shape} and {tMin.Shape} are not compatible"))
                : Tf.Pure(tMin)
            from r in Maximum(merged, clipValueMin, scope)
            select r);
}
