using ScopeFn.Core.Ops;
using ScopeFn.Script.Runtime;

namespace ScopeFn.Script.Tf;

/// <summary>control_flow_v2_toggles.py, exported under <c>tf.compat.v1</c> only.</summary>
internal static class TfControlFlowFunctions
{
    public static PyModule AddControlFlowToggles(this PyModule m, TfProcess p) => m
        .Set("enable_control_flow_v2", new PyBuiltinFunction("enable_control_flow_v2", _ => { p.Run(ControlFlowToggles.Enable); return PyNone.Instance; }))
        .Set("disable_control_flow_v2", new PyBuiltinFunction("disable_control_flow_v2", _ => { p.Run(ControlFlowToggles.Disable); return PyNone.Instance; }))
        .Set("control_flow_v2_enabled", new PyBuiltinFunction("control_flow_v2_enabled", _ => PyBool.Of(p.Run(ControlFlowToggles.Enabled))));
}
