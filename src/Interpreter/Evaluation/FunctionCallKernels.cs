using ScopeFn.Core.Errors;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Worlds;
using ScopeFn.Interpreter.Arrays;
using ScopeFn.Interpreter.Kernels;
using ScopeFn.Interpreter.Session;

namespace ScopeFn.Interpreter.Evaluation;

/// <summary>
/// Kernels of <c>PartitionedCall</c> / <c>StatefulPartitionedCall</c> (functional_ops): run the
/// called function's FuncGraph with its argument and capture placeholders bound to the call's
/// inputs, and return its outputs. The function is found in the world by the op's <c>f</c> attr,
/// so the kernels are made per world. Inputs must be dense values (captured resource handles are
/// not passed into function graphs yet).
/// </summary>
public static class FunctionCallKernels
{
    public static KernelTable With(KernelTable table, World world)
    {
        if (world.Functions.Concretes.IsEmpty) return table;
        var kernel = KernelDef.Of(c => Call(world, table, c));
        return IfKernels.With(table.With("PartitionedCall", kernel).With("StatefulPartitionedCall", kernel), world);
    }

    private static KernelResult<KernelOutput> Call(World world, KernelTable table, KernelContext c)
    {
        var name = c.Op.Attr("f") is AttrValue.FuncValue f ? f.Name : "";
        var found = FunctionBodies.Find(world, name);
        if (found.Error is { } missing) return KernelResult<KernelOutput>.Fail(missing);
        var fn = found.Value;
        return FunctionBodies.Run(world, table, fn, fn.Inputs.Concat(fn.Captures.Select(x => x.Internal)).ToList(), c.Inputs, c.State);
    }
}
