using ScopeFn.Core.Graphs;
using ScopeFn.Interpreter.Kernels;
using ScopeFn.Interpreter.Session;

namespace ScopeFn.Interpreter.Evaluation;

/// <summary>AssignAddVariableOp / AssignSubVariableOp (resource_variable_ops.cc): update the resource in place, no outputs.</summary>
internal static class ResourceUpdateKernels
{
    public static KernelTable Register(KernelTable table) => table
        .With("AssignAddVariableOp", KernelDef.Of(c => Update(c, VariableUpdates.AssignAddVariable)))
        .With("AssignSubVariableOp", KernelDef.Of(c => Update(c, VariableUpdates.AssignSubVariable)));

    private static KernelResult<KernelOutput> Update(KernelContext c, Func<SessionState, VariableKey, Arrays.NdArray, KernelResult<SessionState>> update)
    {
        if (c.Inputs[0] is not RuntimeValue.ResourceHandle h) throw Kernel.Invalid($"input 0 of {c.Op.Name} is not a resource handle");
        var r = update(c.State, h.Key, c.Array(1));
        return r.IsOk ? KernelOutput.Of(r.Value!) : KernelResult<KernelOutput>.Fail(r.Error!);
    }
}
