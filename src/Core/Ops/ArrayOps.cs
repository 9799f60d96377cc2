using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Scopes;
using ScopeFn.Core.Types;

namespace ScopeFn.Core.Ops;

/// <summary>array_ops.py functions in graph mode (docs/research/tf-op-naming.md §2, §6–§8).</summary>
public static partial class ArrayOps
{
    public static Tf<Tensor> Identity(object input, string? name = null) => OpApply.Apply1("Identity", name, [input]);

    /// <summary><c>tf.compat.v1.placeholder(dtype, shape=None, name=None)</c>.</summary>
    public static Tf<Tensor> Placeholder(DType dtype, TensorShape? shape = null, string? name = null) =>
        OpApply.Apply1("Placeholder", name, [], Attrs.Of(("dtype", AttrValue.Of(dtype)), ("shape", AttrValue.Of(shape ?? TensorShape.Unknown))));

    /// <summary><c>tf.reshape(tensor, shape)</c>: the shape argument becomes <c>Reshape/shape</c>.</summary>
    public static Tf<Tensor> Reshape(object tensor, object shape, string? name = null) =>
        OpApply.Apply1("Reshape", name, [tensor, shape], defaultTypes: new Dictionary<string, DType> { ["Tshape"] = DType.Int32 });

    /// <summary>
    /// <c>tf.zeros</c>/<c>tf.ones</c>: scope <c>zeros</c>; fewer than 1000 elements → one Const named
    /// by the scope; otherwise <c>shape_as_tensor</c>, a scalar <c>Const</c> and a Fill named by the scope.
    /// </summary>
    public static Tf<Tensor> Zeros(long[] shape, DType? dtype = null, string? name = null) => Filled("zeros", 0, shape, dtype, name);

    public static Tf<Tensor> Ones(long[] shape, DType? dtype = null, string? name = null) => Filled("ones", 1, shape, dtype, name);

    private static Tf<Tensor> Filled(string defaultName, int value, long[] shape, DType? dtype, string? name)
    {
        var type = dtype ?? DType.Float32;
        return NameScope.V1(name, defaultName, [], scope =>
            shape.Aggregate(1L, (a, b) => a * b) < 1000
                ? Tf.Of<Tensor>((w, t) => Constant.Create(w, t, TensorLiteral.Filled(type, shape, value), scope))
                : from dims in Constant.Of(shape.Select(d => (object)d).ToList(), ShapeDType(shape), name: "shape_as_tensor")
                  from v in Constant.Of(type.IsFloating ? (object)(double)value : value, type)
                  from r in Fill(dims, v, scope)
                  select r);
    }

    /// <summary>A TensorShape converts to int32 unless a dimension needs int64.</summary>
    private static DType ShapeDType(long[] shape) => shape.Any(d => d >= 1L << 31) ? DType.Int64 : DType.Int32;

    /// <summary><c>tf.fill(dims, value)</c>: <c>Fill/dims</c>, <c>Fill/value</c>, then Fill.</summary>
    public static Tf<Tensor> Fill(object dims, object value, string? name = null) =>
        OpApply.Apply1("Fill", name, [dims, value], defaultTypes: new Dictionary<string, DType> { ["index_type"] = DType.Int32 });

    /// <summary><c>tf.cast</c>: no op at all when the dtype already matches; else scope <c>Cast</c>.</summary>
    public static Tf<Tensor> Cast(object x, DType dtype, string? name = null) =>
        x is Tensor t && t.DType == dtype
            ? Tf.Pure(t)
            : NameScope.V1(name, "Cast", [x], scope =>
                from xt in Convert.ToTensor(x, name: "x")
                from r in xt.DType == dtype ? Tf.Pure(xt) : OpApply.Apply1("Cast", scope, [xt], Attrs.Of(
                    ("DstT", AttrValue.Of(dtype)), ("Truncate", AttrValue.Of(false))))
                select r);

    /// <summary><c>tf.shape</c>: a fully defined static shape becomes a Const named <c>Shape</c>; otherwise a Shape op.</summary>
    public static Tf<Tensor> Shape(object input, DType? outType = null, string? name = null) =>
        NameScope.V1(name, "Shape", [input], scope =>
            from x in Convert.ToTensor(input, name: "input")
            from r in x.Shape.IsFullyDefined
                ? Constant.Of(x.Shape.Dims!.Value.Select(d => (object)d!.Value).ToList(), outType ?? DType.Int32, name: scope)
                : OpApply.Apply1("Shape", scope, [x], Attrs.Of(("out_type", AttrValue.Of(outType ?? DType.Int32))))
            select r);

    /// <summary><c>tf.rank</c>: a Const named <c>Rank</c> when the rank is known, else a Rank op.</summary>
    public static Tf<Tensor> Rank(Tensor x, string? name = null) =>
        NameScope.V1(name, "Rank", [x], scope =>
            x.Shape.Rank is { } r ? Constant.Of(r, DType.Int32, name: scope) : OpApply.Apply1("Rank", scope, [x]));

    /// <summary><c>tf.range(start, limit, delta)</c>: scope <c>range</c>, arguments converted as start/limit/delta.</summary>
    public static Tf<Tensor> Range(object start, object limit, object delta, string? name = null) =>
        NameScope.V1(name ?? "range", null, [start, limit, delta], scope =>
            from s in Convert.ToTensor(start, name: "start")
            from l in Convert.ToTensor(limit, name: "limit")
            from d in Convert.ToTensor(delta, name: "delta")
            from r in OpApply.Apply1("Range", scope, [s, l, d])
            select r);

    /// <summary>
    /// <c>tf.stack(values, axis)</c>: at axis 0 a list of plain values is one Const named
    /// <c>stack</c>; tensors are packed by a Pack op named <c>stack</c> (non-tensor elements become
    /// <c>stack/0</c>, <c>stack/1</c>, …).
    /// </summary>
    public static Tf<Tensor> Stack(IReadOnlyList<object> values, long axis = 0, string? name = "stack") =>
        axis == 0 && values.All(v => v is not Tensor)
            ? Constant.Of(values.ToList(), name: name)
            : NameScope.V1(name, null, [], scope =>
                from packed in Tf.Sequence(values.Select((v, i) => Convert.ToTensor(v, hint: FirstDType(values), name: i.ToString(System.Globalization.CultureInfo.InvariantCulture))))
                from r in OpApply.Apply1("Pack", scope, [packed.Cast<object>().ToList()], Attrs.Of(("axis", AttrValue.Of(axis))))
                select r);

    private static DType? FirstDType(IEnumerable<object> values) => values.OfType<Tensor>().FirstOrDefault()?.DType;

    /// <summary>
    /// <c>tf.concat(values, axis, name="concat")</c>: ConcatV2 with <c>concat/axis</c>; a single
    /// value is checked and returned through an Identity named <c>concat/concat</c>.
    /// </summary>
    public static Tf<Tensor> Concat(IReadOnlyList<object> values, object axis, string name = "concat") =>
        values.Count == 1
            ? NameScope.V1(name, null, null, _ =>
                from axisTensor in Convert.ToTensor(axis, dtype: DType.Int32, name: "concat_dim")
                from r in axisTensor.Shape.Rank is 0 or null
                    ? Identity(values[0], name)
                    : Tf.Fail<Tensor>(new Errors.ValueError($"Shape {axisTensor.Shape} must have rank 0"))
                select r)
            : OpApply.Apply1("ConcatV2", name, [values.ToList(), axis], defaultTypes: new Dictionary<string, DType> { ["Tidx"] = DType.Int32 });

    /// <summary><c>tf.unique(x, out_idx=int32)</c>: one Unique op with outputs y and idx.</summary>
    public static Tf<(Tensor Y, Tensor Idx)> Unique(object x, DType? outIdx = null, string? name = null) =>
        OpApply.Apply("Unique", name, [x], Attrs.Of(("out_idx", AttrValue.Of(outIdx ?? DType.Int32))))
            .Select(op => (op.Output(0), op.Output(1)));
}
