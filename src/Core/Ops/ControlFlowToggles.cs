using LanguageExt;
using ScopeFn.Core.Monad;

namespace ScopeFn.Core.Ops;

/// <summary>control_flow_v2_toggles.py: <c>enable_control_flow_v2</c>, <c>disable_control_flow_v2</c>, <c>control_flow_v2_enabled</c>.</summary>
public static class ControlFlowToggles
{
    public static Tf<Unit> Enable { get; } = Set(true);

    public static Tf<Unit> Disable { get; } = Set(false);

    public static Tf<bool> Enabled { get; } = Tf.Read((w, _) => w.Variables.ControlFlowV2);

    private static Tf<Unit> Set(bool value) =>
        Tf.Of(w => Result.Ok(w with { Variables = w.Variables with { ControlFlowV2 = value } }));
}
