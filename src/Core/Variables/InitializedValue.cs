using ScopeFn.Core.Errors;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Ops;

namespace ScopeFn.Core.Variables;

/// <summary>
/// variable_v1.py <c>VariableV1.initialized_value()</c>: inside <c>init_scope</c> (the current name
/// scope kept, control dependencies dropped),
/// <c>cond(is_variable_initialized(v), v.read_value, lambda: v.initial_value)</c> — the
/// <c>IsVariableInitialized</c> op, then a v1 cond (<c>cond/Switch</c>, <c>switch_t</c>,
/// <c>switch_f</c>, <c>pred_id</c>, <c>cond/read/Switch</c> (a RefSwitch), <c>cond/read</c>,
/// <c>cond/Switch_1</c>, <c>cond/Merge</c>) after <c>disable_control_flow_v2()</c>, else cond_v2's
/// <c>StatelessIf</c> <c>cond</c> read through <c>cond/Identity</c>. TF 2.x's ResourceVariable derives from the v2
/// <c>Variable</c> class, which has no such method.
/// </summary>
public static class InitializedValue
{
    public static Tf<Tensor> Of(Variable v) =>
        v.Kind == VariableKind.Resource
            ? Tf.Fail<Tensor>(new AttributeError("'ResourceVariable' object has no attribute 'initialized_value'"))
            : Contexts.InitScope.With(
                from pred in TfVariable.IsVariableInitialized(v)
                from value in Conds.Cond(pred, () => TfVariable.ReadValue(v).Select(r => (object?)r), () => Tf.Pure<object?>(v.InitialValue))
                select (Tensor)value!);
}
