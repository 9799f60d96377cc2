using ScopeFn.Core.Errors;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Scopes;
using ScopeFn.Core.Types;

namespace ScopeFn.Core.Ops;

/// <summary><c>tf.one_hot</c> (array_ops.one_hot) and <c>tf.tile</c> (the generated wrapper, <c>Tile/multiples</c>).</summary>
public static partial class ArrayOps
{
    /// <summary>
    /// Scope <c>one_hot</c>: given on/off values are converted first (dtype as a hint) and fix the
    /// dtype; missing ones become <c>on_value</c> = 1 / <c>off_value</c> = 0 of it (float32 by
    /// default); then the OneHot op named by the scope, depth converted as <c>depth</c>.
    /// </summary>
    public static Tf<Tensor> OneHot(object indices, object depth, object? onValue = null, object? offValue = null,
        long? axis = null, DType? dtype = null, string? name = null) =>
        NameScope.V1(name, "one_hot", [indices, depth], scope =>
            from onGiven in onValue is null ? Tf.Pure<Tensor?>(null) : Convert.ToTensor(onValue, hint: dtype).Select(t => (Tensor?)t)
            from offGiven in offValue is null ? Tf.Pure<Tensor?>(null) : Convert.ToTensor(offValue, hint: dtype).Select(t => (Tensor?)t)
            let type = onGiven?.DType ?? offGiven?.DType ?? dtype ?? DType.Float32
            from checkedType in (onGiven is not null || offGiven is not null) && dtype is { } d && d != type
                ? Tf.Fail<DType>(new TypeError($"dtype {d.Repr} of on_value does not match dtype parameter {type.Repr}"))
                : Tf.Pure(type)
            from onT in onGiven is not null ? Tf.Pure(onGiven) : Convert.ToTensor(type.IsFloating ? 1.0 : (object)1L, dtype: type, name: "on_value")
            from offT in offGiven is not null ? Tf.Pure(offGiven) : Convert.ToTensor(type.IsFloating ? 0.0 : (object)0L, dtype: type, name: "off_value")
            from r in onT.DType != offT.DType
                ? Tf.Fail<Tensor>(new TypeError($"dtype {onT.DType.Repr} of on_value does not match dtype {offT.DType.Repr} of off_value"))
                : OpApply.Apply1("OneHot", scope, [indices, depth, onT, offT], Attrs.Of(("axis", AttrValue.Of(axis ?? -1L))),
                    new Dictionary<string, DType> { ["TI"] = DType.Int32 })
            select r);

    public static Tf<Tensor> Tile(object input, object multiples, string? name = null) =>
        OpApply.Apply1("Tile", name, [input, multiples], defaultTypes: new Dictionary<string, DType> { ["Tmultiples"] = DType.Int32 });
}
