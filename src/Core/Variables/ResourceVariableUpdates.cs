using LanguageExt;
using ScopeFn.Core.Errors;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Ops;
using ScopeFn.Core.Scopes;
using ScopeFn.Core.Types;
using Convert = ScopeFn.Core.Ops.Convert;

namespace ScopeFn.Core.Variables;

/// <summary>
/// resource_variable_ops.py <c>BaseResourceVariable.assign</c> / <c>assign_add</c> /
/// <c>assign_sub</c> on a graph variable, and <c>_lazy_read</c>, which wraps the update op in an
/// <c>_UnreadVariable</c>. The value is converted first, outside the update's name scope
/// (<c>ops.convert_to_tensor(value, dtype=self.dtype)</c>: a Python value becomes <c>Const</c>).
/// </summary>
public static class ResourceVariableUpdates
{
    /// <summary><c>v.assign(value, name=None)</c>: the shape check, then AssignVariableOp.</summary>
    public static Tf<Operation> Assign(Variable v, object value, string? name) =>
        from t in Convert.ToTensor(value, v.DType)
        from _ in v.Shape.IsCompatibleWith(t.Shape)
            ? Tf.Pure(Unit.Default)
            // The missing space after "mismatch." is TF's.
            : Tf.Fail<Unit>(new ValueError(
                $"Cannot assign value to variable ' {v.Name}': Shape mismatch.The variable shape {v.Shape}, and the assigned value shape {t.Shape} are incompatible."))
        // forward_compatible(2022, 3, 23): validate_shape is the variable's (True) and a fully defined shape.
        from op in OpApply.Apply("AssignVariableOp", name, [v.Handle, t], Attrs.Of(("validate_shape", AttrValue.Of(v.Shape.IsFullyDefined))))
        select op;

    /// <summary><c>v.assign_add(delta)</c> / <c>v.assign_sub(delta)</c>: <c>AssignAddVariableOp</c> / <c>AssignSubVariableOp</c>.</summary>
    public static Tf<Operation> Update(Variable v, string opType, object delta, string? name) =>
        from t in Convert.ToTensor(delta, v.DType)
        from op in OpApply.Apply(opType, name, [v.Handle, t])
        select op;

    /// <summary>
    /// <c>_lazy_read(op)</c>: the same variable seen through its update. Outside functions TF makes
    /// the graph element at once, a <c>ReadVariableOp</c> under <c>control_dependencies([op])</c>
    /// (what <c>Session.run</c> fetches); every later read is another such ReadVariableOp.
    /// </summary>
    public static Tf<Variable> LazyRead(Variable v, Operation parent) =>
        from g in DefaultGraph.Current
        from inFunction in Tf.Read((w, _) => w.Graph(g).BuildingFunction)
        let unread = v with { UnreadParent = parent }
        from element in inFunction ? Tf.Pure(v.Value) : TfVariable.AsTensor(unread)
        select unread with { Value = element };
}
