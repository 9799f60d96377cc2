using System.Collections.Immutable;
using ScopeFn.Core.Errors;
using ScopeFn.Core.Functions;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Worlds;
using ScopeFn.Interpreter.Arrays;
using ScopeFn.Interpreter.Kernels;
using ScopeFn.Interpreter.Session;

namespace ScopeFn.Interpreter.Evaluation;

/// <summary>
/// Running one function of the library as its caller's kernel does (a call op, an If branch): the
/// function graph with its input placeholders bound to the given values, every stateful op of the
/// body run in program order whether or not an output needs it, then the outputs.
/// </summary>
public static class FunctionBodies
{
    /// <summary>The library function named <paramref name="name"/>, or TF's NotFound error.</summary>
    public static KernelResult<ConcreteFunction> Find(World world, string name)
    {
        var fn = world.Functions.Concretes.ValuesInHashOrder.FirstOrDefault(x => x.Name == name);
        return fn is null ? KernelResult<ConcreteFunction>.Fail(OpError.NotFound($"Function {name} is not defined.")) : fn;
    }

    public static KernelResult<KernelOutput> Run(World world, KernelTable table, ConcreteFunction fn, IReadOnlyList<Tensor> placeholders,
        IReadOnlyList<RuntimeValue> inputs, SessionState state)
    {
        var feeds = new Dictionary<Tensor, NdArray>();
        var handles = new Dictionary<Tensor, RuntimeValue>();
        for (var i = 0; i < placeholders.Count && i < inputs.Count; i++)
        {
            switch (inputs[i])
            {
                case RuntimeValue.Dense d: feeds[placeholders[i]] = d.Array; break;
                // A captured resource (a variable's handle) is passed in as the handle itself.
                case RuntimeValue.ResourceHandle h: handles[placeholders[i]] = h; break;
                default:
                    return KernelResult<KernelOutput>.Fail(OpError.Unimplemented(
                        $"ScopeFn cannot pass the {placeholders[i].DType.Name} input {i} into function {fn.Name} yet"));
            }
        }
        var stateful = world.Graph(fn.Graph).Ops.Filter(op => FunctionOpDefs.Stateful.Contains(op.Type))
            .Select(op => (GraphElement)new GraphElement.OfOperation(op)).ToList();
        var fetches = stateful.Concat(fn.Outputs.Select(t => (GraphElement)t)).ToList();
        var run = Evaluator.Run(world, fn.Graph, state, feeds, fetches, FunctionCallKernels.With(table, world), handles: handles);
        if (run.Error is { } error) return KernelResult<KernelOutput>.Fail(error);
        return new KernelOutput(run.Values.Skip(stateful.Count).Select(v => (RuntimeValue)new RuntimeValue.Dense(v!)).ToImmutableArray(), run.State);
    }
}
