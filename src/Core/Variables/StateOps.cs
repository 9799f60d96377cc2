using ScopeFn.Core.Errors;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Ops;

namespace ScopeFn.Core.Variables;

/// <summary>
/// state_ops.py <c>assign</c>, <c>assign_add</c> and <c>assign_sub</c> on a ref variable: gen_state_ops' <c>Assign</c> op on the VariableV2
/// output, whose generated wrapper defaults <c>use_locking</c> and <c>validate_shape</c> to True.
/// Resource variables take <c>ref.assign(...)</c> instead (an <c>_UnreadVariable</c>), which the caller
/// dispatches.
/// </summary>
public static class StateOps
{
    public static Tf<Tensor> Assign(Variable reference, object value, bool? validateShape, bool? useLocking, string? name) =>
        reference.Kind != VariableKind.Ref
            ? Tf.Fail<Tensor>(new TypeError($"state_ops.assign takes a ref variable here; {reference.Name} is a resource variable"))
            : OpApply.Apply1("Assign", name, [reference.Handle, value], Attrs.Of(
                ("use_locking", AttrValue.Of(useLocking ?? true)),
                ("validate_shape", AttrValue.Of(validateShape ?? true))));

    /// <summary>
    /// state_ops.py <c>assign_add</c> on a ref variable: gen_state_ops' <c>AssignAdd</c>, whose
    /// wrapper defaults <c>use_locking</c> to False; the output is the ref again.
    /// </summary>
    public static Tf<Tensor> AssignAdd(Variable reference, object value, bool? useLocking, string? name) =>
        DenseUpdate("AssignAdd", reference, value, useLocking, name);

    /// <summary>state_ops.py <c>assign_sub</c> on a ref variable: <c>AssignSub</c>.</summary>
    public static Tf<Tensor> AssignSub(Variable reference, object value, bool? useLocking, string? name) =>
        DenseUpdate("AssignSub", reference, value, useLocking, name);

    private static Tf<Tensor> DenseUpdate(string type, Variable reference, object value, bool? useLocking, string? name) =>
        reference.Kind != VariableKind.Ref
            ? Tf.Fail<Tensor>(new TypeError($"state_ops.{(type == "AssignAdd" ? "assign_add" : "assign_sub")} takes a ref variable here; {reference.Name} is a resource variable"))
            : OpApply.Apply1(type, name, [reference.Handle, value], Attrs.Of(("use_locking", AttrValue.Of(useLocking ?? false))));
}
