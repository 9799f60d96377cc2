using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Scopes;
using ScopeFn.Core.Types;

namespace ScopeFn.Core.Ops;

/// <summary>
/// array_ops.py's dimension functions: <c>transpose</c> (scope <c>transpose</c>, the default perm
/// reversing the dims as an int32 Const <c>transpose/perm</c>), <c>expand_dims</c>, <c>squeeze</c>,
/// <c>size</c>, <c>rank</c>, <c>zeros_like</c>/<c>ones_like</c>, <c>tile</c>, <c>gather</c> and <c>where</c>.
/// </summary>
public static partial class ArrayOps
{
    public static Tf<Tensor> Transpose(object a, object? perm = null, string? name = null) =>
        NameScope.V1(name ?? "transpose", "transpose", [a], scope =>
            from at in Convert.ToTensor(a, name: "a")
            from p in perm is not null ? Tf.Pure(perm) : DefaultPerm(at)
            from t in OpApply.Apply1("Transpose", scope, [at, p], defaultTypes: new Dictionary<string, DType> { ["Tperm"] = DType.Int32 })
            select t);

    /// <summary>
    /// No perm: with a known rank <c>np.arange(rank - 1, -1, -1, dtype=int32)</c> (converted as
    /// <c>perm</c>); otherwise <c>range(rank(a) - 1, -1, -1)</c> from the Rank op.
    /// </summary>
    private static Tf<object> DefaultPerm(Tensor a) =>
        a.Shape.Rank is { } rank
            ? Constant.Of(Enumerable.Range(0, rank).Reverse().Select(i => (object)i).ToList(), DType.Int32, name: "perm").Select(c => (object)c)
            : from r in OpApply.Apply1("Rank", null, [a])
              from start in MathOps.Operator("sub", r, 1L)
              from range in OpApply.Apply1("Range", null, [start, -1L, -1L])
              select (object)range;

    /// <summary><c>tf.expand_dims(input, axis)</c>: the generated wrapper, axis converted as <c>ExpandDims/dim</c>.</summary>
    public static Tf<Tensor> ExpandDims(object input, object axis, string? name = null) =>
        OpApply.Apply1("ExpandDims", name, [input, axis], defaultTypes: new Dictionary<string, DType> { ["Tdim"] = DType.Int32 });

    /// <summary><c>tf.squeeze(input, axis=None)</c>: a scalar axis becomes a list; op Squeeze with <c>squeeze_dims</c>.</summary>
    public static Tf<Tensor> Squeeze(object input, long[]? axis = null, string? name = null) =>
        OpApply.Apply1("Squeeze", name, [input], Attrs.Of(("squeeze_dims",
            new AttrValue.ListValue(LanguageExt.Seq.createRange((axis ?? []).Select(AttrValue.Of))))));

    /// <summary><c>tf.size</c> (optimize=True): scope <c>Size</c>; a fully defined shape gives a Const named by the scope.</summary>
    public static Tf<Tensor> Size(object input, DType? outType = null, string? name = null) =>
        NameScope.V1(name, "Size", [input], scope =>
            from x in Convert.ToTensor(input)
            from r in x.Shape.NumElements is { } n
                ? Constant.Of(n, outType ?? DType.Int32, name: scope)
                : OpApply.Apply1("Size", scope, [x], Attrs.Of(("out_type", AttrValue.Of(outType ?? DType.Int32))))
            select r);

    /// <summary><c>tf.rank</c> of any input: converted inside the <c>Rank</c> scope.</summary>
    public static Tf<Tensor> RankOf(object input, string? name = null) =>
        input is Tensor t ? Rank(t, name) : NameScope.V1(name, "Rank", [input], scope =>
            from x in Convert.ToTensor(input)
            from r in Rank(x, scope)
            select r);

    /// <summary>
    /// <c>tf.zeros_like</c> (<c>zeros_like_impl</c>, optimize=True): scope <c>zeros_like</c>, the input
    /// converted as <c>tensor</c>; a fully defined shape gives <c>zeros(shape, dtype, name=scope)</c>,
    /// otherwise a ZerosLike op (or zeros of the dynamic shape when the dtype changes).
    /// </summary>
    public static Tf<Tensor> ZerosLike(object input, DType? dtype = null, string? name = null) =>
        NameScope.V1(name, "zeros_like", [input], scope =>
            from x in Convert.ToTensor(input, name: "tensor")
            from r in dtype is { } d && d != x.DType
                ? x.Shape.IsFullyDefined
                    ? Zeros(x.Shape.Dims!.Value.Select(v => v!.Value).ToArray(), d, scope)
                    : from s in Shape(x) from z in NameScope.V1(scope, "zeros", [s], inner =>
                          from zero in Constant.Of(d.IsFloating ? 0.0 : (object)0L, d)
                          from f in Fill(s, zero, inner)
                          select f) select z
                : x.Shape.IsFullyDefined
                    ? Zeros(x.Shape.Dims!.Value.Select(v => v!.Value).ToArray(), x.DType, scope)
                    : OpApply.Apply1("ZerosLike", scope, [x])
            select r);

    /// <summary>
    /// <c>tf.ones_like</c> (<c>ones_like_impl</c>): scope <c>ones_like</c>, the input's shape (a Const
    /// <c>Shape</c> when fully defined), then <c>ones(shape, dtype, name=scope)</c> of that tensor:
    /// <c>Const</c> and a Fill named by the scope.
    /// </summary>
    public static Tf<Tensor> OnesLike(object input, DType? dtype = null, string? name = null) =>
        NameScope.V1(name, "ones_like", [input], scope =>
            from x in Convert.ToTensor(input, name: "tensor")
            from s in Shape(x)
            from r in Gradients.GradOps.OnesOfShape(s, dtype ?? x.DType, scope)
            select r);
}
