using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Scopes;
using ScopeFn.Core.Types;

namespace ScopeFn.Core.Ops;

/// <summary>
/// <c>tf.where</c> (array_ops.where_v2): with only a condition, scope <c>Where</c>, the condition
/// converted as <c>condition</c> (preferring bool), then the Where op named by the scope; with x and
/// y the generated <c>select_v2</c> (SelectV2). v1's <c>tf.compat.v1.where</c> selects with Select.
/// </summary>
public static partial class ArrayOps
{
    public static Tf<Tensor> WhereV2(object condition, object? x = null, object? y = null, string? name = null) =>
        x is null && y is null
            ? NameScope.V1(name, "Where", [condition], scope =>
                from c in Convert.ToTensor(condition, hint: DType.Bool, name: "condition")
                from r in OpApply.Apply1("Where", scope, [c])
                select r)
            : x is null || y is null
                ? Tf.Fail<Tensor>(new Errors.ValueError("x and y must both be non-None or both be None."))
                : OpApply.Apply1("SelectV2", name, [condition, x, y]);

    /// <summary>v1 <c>where(condition, x, y)</c>: the generated <c>select</c> (op Select).</summary>
    public static Tf<Tensor> WhereV1(object condition, object? x = null, object? y = null, string? name = null) =>
        x is null && y is null ? WhereV2(condition, null, null, name)
            : x is null || y is null
                ? Tf.Fail<Tensor>(new Errors.ValueError("x and y must both be non-None or both be None."))
                : OpApply.Apply1("Select", name, [condition, x, y]);
}
