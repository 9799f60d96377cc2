using LanguageExt;
using ScopeFn.Core.Eager;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Ops;
using ScopeFn.Core.Scopes;
using ScopeFn.Core.Types;
using Convert = ScopeFn.Core.Ops.Convert;

namespace ScopeFn.Core.Variables;

/// <summary>
/// resource_variable_ops.py <c>ResourceVariable._init_from_args</c> while executing eagerly: inside
/// the (eager) name scope <c>S/</c> the initial value is converted under <c>S/Initializer</c>, a
/// VarHandleOp runs with the anonymous shared name (so every variable is a new resource, however
/// named), and AssignVariableOp stores the value. The name is <c>S</c> without its slash plus
/// <c>:0</c>; nothing is added to collections (only EagerVariableStore does that).
/// </summary>
public static class EagerVariables
{
    /// <summary>context.py <c>anonymous_name()</c>: the shared_name that makes VarHandleOp create an unshared resource.</summary>
    public const string AnonymousName = "cd2c89b7-88b7-44c8-ad83-06c2a9158347";

    internal static Tf<Variable> Create(VariableArgs a, bool trainable, InitialValueFn? fn) =>
        NameScope.V1(a.Name, "Variable", fn is null ? [a.InitialValue!] : [], scope =>
            // unique_id = "%s_%d" % (handle_name, ops.uid()): taken before the initial value is made.
            from uniqueId in Tf.Of(w => { var (next, _) = Functions.Uids.Next(w); return Result.Ok(next); })
            from init in NameScope.V1("Initializer", null, null, _ =>
                from v in fn is not null ? fn.Make : Tf.Pure(a.InitialValue!)
                from t in Convert.ToTensor(v, a.DType, name: "initial_value")
                select t)
            from shape in ResourceVariables.ShapeOf(a, init)
            from handle in OpApply.Apply1("VarHandleOp", scope, [], Attrs.Of(
                ("dtype", AttrValue.Of(init.DType)),
                ("shape", AttrValue.Of(shape)),
                ("container", AttrValue.Of("")),
                ("shared_name", AttrValue.Of(AnonymousName)),
                ("allowed_devices", new AttrValue.ListValue(Seq<AttrValue>.Empty))))
            from assign in OpApply.Apply("AssignVariableOp", null, [handle, init])
            from _ in trainable && EagerContext.IsEager(handle)
                ? Tf.Of(w => Result.Ok(w with { Eager = w.Eager with { TrainableHandles = w.Eager.TrainableHandles.Add(handle.OpId) } }))
                : Tf.Pure(LanguageExt.Unit.Default)
            let named = handle with { OpName = UniqueName.FromScopeName(scope) }
            select new Variable(EagerContext.Graph, VariableKind.Resource, init.DType, shape, trainable, named, init,
                0, "", named, null, a.CachingDevice, a.Constraint, a.Synchronization, a.Aggregation));

    public static bool IsEager(Variable v) => v.Graph == EagerContext.Graph;
}
