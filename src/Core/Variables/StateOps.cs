using ScopeFn.Core.Errors;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Ops;

namespace ScopeFn.Core.Variables;

/// <summary>
/// state_ops.py <c>assign</c> on a ref variable: gen_state_ops' <c>Assign</c> op on the VariableV2
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
}
