using ScopeFn.Core.Contexts;
using ScopeFn.Core.Errors;
using ScopeFn.Core.Functions;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Scopes;

namespace ScopeFn.Core.Ops;

/// <summary>
/// cond.py <c>cond</c> (<c>tf.compat.v1.cond</c>; <c>tf.cond</c> is it with <c>strict=True</c>):
/// executing eagerly, only the branch the predicate's value picks runs, inside
/// <c>name_scope(name, "cond", [pred])</c>; in a graph, control flow v2
/// (control_flow_util.py <c>EnableControlFlowV2</c>: the toggle is on, or the graph is building a
/// function) builds <see cref="CondV2"/>'s If op, otherwise <see cref="CondV1"/>'s Switch/Merge.
/// Without <paramref name="strict"/>, a branch result that is a one-item list or tuple is unpacked
/// (<c>_UnpackIfSingleton</c>) — except on the v2 path, which returns cond_v2's result as it is.
/// </summary>
public static class Conds
{
    public static Tf<object?> Cond(object pred, Func<Tf<object?>> trueFn, Func<Tf<object?>> falseFn, string? name = null, bool strict = false) =>
        from eager in EagerMode.ExecutingEagerly
        from result in eager
            ? Eagerly(pred, trueFn, falseFn, name, strict)
            : from v2 in UsesControlFlowV2
              from r in v2 ? CondV2.Cond(pred, trueFn, falseFn, name) : V1(pred, trueFn, falseFn, name, strict)
              select r
        select result;

    /// <summary>control_flow_util.py <c>EnableControlFlowV2(ops.get_default_graph())</c>.</summary>
    public static Tf<bool> UsesControlFlowV2 { get; } =
        from g in DefaultGraph.Current
        from v2 in Tf.Read((w, _) => w.Variables.ControlFlowV2 || w.Graph(g).BuildingFunction)
        select v2;

    /// <summary>cond.py <c>_eager_cond_implementation</c> for a predicate with a constant value.</summary>
    private static Tf<object?> Eagerly(object pred, Func<Tf<object?>> trueFn, Func<Tf<object?>> falseFn, string? name, bool strict) =>
        from p in pred is Tensor t ? Tf.Pure(t) : Convert.ToTensor(pred)
        from value in Tf.Read((w, _) => w.Eager.Value(p) is { } v ? w.Eager.Executor?.HostValue(v) : null)
        from result in NameScope.V1(name, "cond", [p], _ => value is bool taken
            ? (taken ? trueFn() : falseFn())
            : Tf.Fail<object?>(new NotImplementedError("ScopeFn's eager cond needs a scalar boolean predicate with a value.")))
        select strict ? result : UnpackIfSingleton(result);

    /// <summary>v1 cond: ScopeFn's <see cref="CondV1"/> builds branches that return one tensor.</summary>
    private static Tf<object?> V1(object pred, Func<Tf<object?>> trueFn, Func<Tf<object?>> falseFn, string? name, bool strict) =>
        pred is bool
            ? Tf.Fail<object?>(new TypeError("'pred' must not be a Python bool."))
            : from p in pred is Tensor t ? Tf.Pure(t) : Convert.ToTensor(pred)
              from r in CondV1.Cond(p, () => OneTensor(trueFn, strict), () => OneTensor(falseFn, strict), name)
              select (object?)r;

    private static Tf<Tensor> OneTensor(Func<Tf<object?>> fn, bool strict) =>
        from r in fn()
        from t in (strict ? r : UnpackIfSingleton(r)) switch
        {
            Tensor x => Tf.Pure(x),
            Variables.Variable v => Variables.TfVariable.AsTensor(v),
            _ => Tf.Fail<Tensor>(new NotImplementedError("ScopeFn's v1 cond (Switch/Merge) takes branches that return one tensor.")),
        }
        select t;

    private static object? UnpackIfSingleton(object? x) => x is OutputSequence { Items.Count: 1 } s ? s.Items[0] : x;
}
