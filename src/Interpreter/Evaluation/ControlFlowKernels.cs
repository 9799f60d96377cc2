using ScopeFn.Interpreter.Arrays;
using ScopeFn.Interpreter.Kernels;

namespace ScopeFn.Interpreter.Evaluation;

/// <summary>
/// Kernels of the v1 control-flow ops (core/kernels/control_flow_ops.cc). Switch forwards its data
/// to <c>output_true</c> or <c>output_false</c> and leaves the other output dead; RefSwitch does the
/// same with the variable reference, without reading it (it allows an uninitialized input). Merge
/// forwards its first live input and that input's index; the evaluator calls it even when some
/// inputs are dead, and not at all when every input is.
/// </summary>
internal static class ControlFlowKernels
{
    public static KernelTable Register(KernelTable table) => table
        .With("Switch", KernelDef.Of(Switch))
        .With("RefSwitch", KernelDef.WithRefInputs(Switch, 0))
        .With("Merge", KernelDef.Of(Merge));

    private static KernelResult<KernelOutput> Switch(KernelContext c)
    {
        var pred = c.Array(1);
        if (!pred.IsScalar)
            return KernelResult<KernelOutput>.Fail(Core.Errors.OpError.InvalidArgument(
                $"The second input must be a scalar, but it has shape {pred.ShapeString}"));
        var taken = (bool)pred.GetBoxed(0);
        var data = c.Inputs[0];
        RuntimeValue dead = RuntimeValue.Dead.Instance;
        return KernelOutput.Of(c.State, taken ? dead : data, taken ? data : dead);
    }

    private static KernelResult<KernelOutput> Merge(KernelContext c)
    {
        for (var i = 0; i < c.Inputs.Count; i++)
            if (c.Inputs[i] is not RuntimeValue.Dead)
                return KernelOutput.Of(c.State, c.Inputs[i], NdArray.Scalar(i));
        return KernelResult<KernelOutput>.Fail(Core.Errors.OpError.Internal($"Merge {c.Op.Name} ran with every input dead"));
    }
}
