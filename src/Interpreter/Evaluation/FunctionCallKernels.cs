using System.Collections.Immutable;
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
        return table.With("PartitionedCall", kernel).With("StatefulPartitionedCall", kernel);
    }

    private static KernelResult<KernelOutput> Call(World world, KernelTable table, KernelContext c)
    {
        var name = c.Op.Attr("f") is AttrValue.StringValue s ? s.Value : "";
        var fn = world.Functions.Concretes.ValuesInHashOrder.FirstOrDefault(x => x.Name == name);
        if (fn is null) return KernelResult<KernelOutput>.Fail(OpError.NotFound($"Function {name} is not defined."));
        var placeholders = fn.Inputs.Concat(fn.Captures.Select(x => x.Internal)).ToList();
        var feeds = new Dictionary<Tensor, NdArray>();
        var handles = new Dictionary<Tensor, RuntimeValue>();
        for (var i = 0; i < placeholders.Count && i < c.Inputs.Count; i++)
        {
            switch (c.Inputs[i])
            {
                case RuntimeValue.Dense d: feeds[placeholders[i]] = d.Array; break;
                // A captured resource (an eager variable's handle) is passed in as the handle itself.
                case RuntimeValue.ResourceHandle h: handles[placeholders[i]] = h; break;
                default:
                    return KernelResult<KernelOutput>.Fail(OpError.Unimplemented(
                        $"ScopeFn cannot pass the {placeholders[i].DType.Name} input {i} into function {name} yet"));
            }
        }
        // Automatic control dependencies run every stateful op of a function (in program order),
        // whether or not an output needs it; then the outputs.
        var stateful = world.Graph(fn.Graph).Ops.Filter(op => Core.Functions.FunctionOpDefs.Stateful.Contains(op.Type))
            .Select(op => (GraphElement)new GraphElement.OfOperation(op)).ToList();
        var fetches = stateful.Concat(fn.Outputs.Select(t => (GraphElement)t)).ToList();
        var run = Evaluator.Run(world, fn.Graph, c.State, feeds, fetches, With(table, world), handles: handles);
        if (run.Error is { } error) return KernelResult<KernelOutput>.Fail(error);
        return new KernelOutput(run.Values.Skip(stateful.Count).Select(v => (RuntimeValue)new RuntimeValue.Dense(v!)).ToImmutableArray(), run.State);
    }
}
