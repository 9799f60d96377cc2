using ScopeFn.Core.Eager;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Scopes;
using ScopeFn.Core.Variables;
using ScopeFn.Script.Runtime;

namespace ScopeFn.Script.Tf;

/// <summary>
/// <c>v.assign(value, use_locking, name, read_value)</c>, <c>v.assign_add(delta, …)</c> and
/// <c>v.assign_sub(delta, …)</c>. A RefVariable (ref_variable.py) calls state_ops, whose op
/// returns the ref tensor (its op with read_value=False). A ResourceVariable
/// (resource_variable_ops.py) builds or runs the update op and returns <c>_lazy_read(op)</c>, an
/// <c>_UnreadVariable</c>; with read_value=False the op in a graph, None while eager. An
/// <c>_UnreadVariable</c>'s own updates wait for its parent op.
/// </summary>
internal static class VariableUpdateMembers
{
    public static PyObject? Attribute(TfProcess p, Variable v, bool eager, string name) =>
        name is "assign" or "assign_add" or "assign_sub" ? Method(p, v, eager, name) : null;

    private static PyBuiltinFunction Method(TfProcess p, Variable v, bool eager, string method) => new(method, a =>
    {
        var parameter = method == "assign" ? "value" : "delta";
        var value = Convert.ToInput(a.Arg(0, parameter) ?? throw PyErrors.TypeError($"{method}() missing 1 required positional argument: '{parameter}'"));
        var useLocking = a.Arg(1, "use_locking") is { } l and not PyNone ? l.IsTrue() : (bool?)null;
        var name = Convert.OptionalString(a.Arg(2, "name"));
        var readValue = a.Arg(3, "read_value") is not { } r || r.IsTrue();
        if (v.Kind == VariableKind.Ref)
        {
            // RefVariable.assign* pass use_locking=False unless told otherwise.
            var t = p.Build(method switch
            {
                "assign" => StateOps.Assign(v, value, null, useLocking ?? false, name),
                "assign_add" => StateOps.AssignAdd(v, value, useLocking ?? false, name),
                _ => StateOps.AssignSub(v, value, useLocking ?? false, name),
            }, "tf.Variable." + method);
            return readValue ? p.Tensor(t) : p.Op(p.World.Graph(t.Graph).Op(t.OpId));
        }
        var update = method switch
        {
            "assign" => ResourceVariableUpdates.Assign(v, value, name),
            "assign_add" => ResourceVariableUpdates.Update(v, "AssignAddVariableOp", value, name),
            _ => ResourceVariableUpdates.Update(v, "AssignSubVariableOp", value, name),
        };
        if (v.UnreadParent is { } parent) update = ControlDependencies.With([parent], update);
        var op = p.Build(update, "tf.Variable." + method);
        if (eager) return readValue ? new VariableObject(p, v, unread: true) : PyNone.Instance;
        if (!readValue) return p.OpResult(op);
        return new VariableObject(p, p.Build(ResourceVariableUpdates.LazyRead(v, op), "tf.Variable." + method));
    });
}
