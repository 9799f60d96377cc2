using System.Collections.Immutable;
using ScopeFn.Core.Errors;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Worlds;
using ScopeFn.Interpreter.Arrays;
using ScopeFn.Interpreter.Evaluation;
using ScopeFn.Interpreter.Kernels;

namespace ScopeFn.Interpreter.Session;

/// <summary>
/// The runtime half of <c>Session.run</c> (DirectSession + executor) as a pure function:
/// <c>(world, graph, state, feeds, fetches) → (values, state')</c>. It runs the pruned subgraph
/// once, each op at most once, and reports kernel errors as TF's executor does (the status with
/// the node appended). Feeds must already have the tensor's dtype; the Python-level checks live in
/// <see cref="SessionRun"/>.
/// </summary>
public static class Evaluator
{
    public static RunResult Run(
        World world, GraphId graphId, SessionState state, IReadOnlyDictionary<Tensor, NdArray> feeds,
        IReadOnlyList<GraphElement> fetches, KernelTable? kernels = null, MemoryBudget? budget = null,
        IReadOnlyDictionary<Tensor, RuntimeValue>? handles = null)
    {
        using var _ = budget is null ? null : MemoryBudget.Use(budget);
        var graph = world.Graph(graphId);
        if (Validate(graph, feeds, fetches) is { } invalid) return Failed(state, [], invalid);

        var fed = feeds.ToDictionary(kv => (kv.Key.OpId, kv.Key.Index), kv => kv.Value);
        var targets = fetches
            .Where(f => f is not GraphElement.OfTensor t || !fed.ContainsKey((t.Tensor.OpId, t.Tensor.Index)))
            .Select(f => f.OpId).Distinct();
        var given = fed.Keys.ToHashSet();
        var outputs = new Dictionary<int, ImmutableArray<RuntimeValue>>();
        // Resource values handed to a function's placeholders: their ops count as run already.
        foreach (var (tensor, value) in handles ?? new Dictionary<Tensor, RuntimeValue>())
        {
            given.Add((tensor.OpId, tensor.Index));
            outputs[tensor.OpId] = [value];
        }
        var plan = ExecutionPlan.Build(graph, targets, given);
        var table = FunctionCallKernels.With(kernels ?? KernelTable.Default, world);
        var executed = ImmutableArray.CreateBuilder<string>(plan.Count);

        foreach (var op in plan)
        {
            var step = Execute(graph, op, table, state, fed, outputs);
            executed.Add(op.Name);
            if (step.Error is { } error) return Failed(state, executed.ToImmutable(), NodeErrors.Attach(error, op));
            state = step.Value.State;
            outputs[op.Id] = step.Value.Outputs;
        }

        var values = ImmutableArray.CreateBuilder<NdArray?>(fetches.Count);
        foreach (var fetch in fetches)
        {
            var value = FetchValue(fetch, state, fed, outputs);
            if (value.Error is { } error) return Failed(state, executed.ToImmutable(), error);
            values.Add(value.Value);
        }
        return new RunResult(values.MoveToImmutable(), state, executed.ToImmutable(), null);
    }

    private static KernelResult<KernelOutput> Execute(
        Graph graph, Operation op, KernelTable table, SessionState state,
        Dictionary<(int, int), NdArray> fed, Dictionary<int, ImmutableArray<RuntimeValue>> outputs)
    {
        if (table.Find(op.Type) is not { } kernel)
            return KernelResult<KernelOutput>.Fail(OpError.Unimplemented($"ScopeFn has no kernel for op type '{op.Type}'"));
        var inputs = new RuntimeValue[op.Inputs.Count];
        for (var i = 0; i < inputs.Length; i++)
        {
            var t = op.Inputs[i];
            var value = fed.TryGetValue((t.OpId, t.Index), out var f) ? f : outputs[t.OpId][t.Index];
            if (value is RuntimeValue.VariableRef r && !kernel.RefInputs.Contains(i))
            {
                var read = VariableUpdates.ReadRef(state, r.Key, RequestedInput(t));
                if (read.Error is { } error) return KernelResult<KernelOutput>.Fail(error);
                value = read.Value;
            }
            inputs[i] = value;
        }
        try
        {
            var result = kernel.Compute(new KernelContext(graph, op, inputs, state));
            if (result.IsOk && result.Value.Outputs.Length != op.NumOutputs)
                return KernelResult<KernelOutput>.Fail(OpError.Internal(
                    $"kernel for {op.Type} produced {result.Value.Outputs.Length} outputs, the node has {op.NumOutputs}"));
            return result;
        }
        catch (TfException e)
        {
            return KernelResult<KernelOutput>.Fail(e.Error);
        }
    }

    /// <summary>A fetched tensor's value; a fed tensor is answered with the fed value without running its producer.</summary>
    private static KernelResult<NdArray?> FetchValue(
        GraphElement fetch, SessionState state, Dictionary<(int, int), NdArray> fed, Dictionary<int, ImmutableArray<RuntimeValue>> outputs)
    {
        if (fetch is not GraphElement.OfTensor { Tensor: var t }) return KernelResult<NdArray?>.Ok(null);
        if (fed.TryGetValue((t.OpId, t.Index), out var f)) return f;
        return outputs[t.OpId][t.Index] switch
        {
            RuntimeValue.Dense d => d.Array,
            RuntimeValue.VariableRef r => VariableUpdates.ReadRef(state, r.Key, RequestedInput(t)) is var read && read.IsOk
                ? read.Value
                : KernelResult<NdArray?>.Fail(read.Error!),
            _ => KernelResult<NdArray?>.Fail(OpError.Unimplemented($"ScopeFn cannot fetch the {t.DType.Name} tensor {t.Name} as an array")),
        };
    }

    /// <summary>The NodeDef input string that names a tensor: <c>op</c> for output 0, else <c>op:i</c>.</summary>
    public static string RequestedInput(Tensor t) => t.Index == 0 ? t.OpName : t.Name;

    private static TfError? Validate(Graph graph, IReadOnlyDictionary<Tensor, NdArray> feeds, IReadOnlyList<GraphElement> fetches)
    {
        foreach (var fetch in fetches)
        {
            var inGraph = fetch switch
            {
                GraphElement.OfTensor t => t.Tensor.Graph == graph.Id,
                GraphElement.OfOperation o => o.Operation.Graph == graph.Id,
                _ => false,
            };
            if (!inGraph) return new ValueError($"{Describe(fetch)} is not an element of this graph.");
        }
        foreach (var (tensor, value) in feeds)
        {
            if (tensor.Graph != graph.Id) return new ValueError($"Tensor {tensor} is not an element of this graph.");
            if (value.DType != tensor.DType)
                return OpError.InvalidArgument($"feed for {tensor.Name} has dtype {value.DType.Name}, the tensor has dtype {tensor.DType.Name}");
        }
        return null;
    }

    private static string Describe(GraphElement e) => e switch
    {
        GraphElement.OfTensor t => "Tensor " + t.Tensor,
        GraphElement.OfOperation o => "Operation " + o.Operation,
        _ => e.ToString(),
    };

    private static RunResult Failed(SessionState state, ImmutableArray<string> executed, TfError error) =>
        new(ImmutableArray<NdArray?>.Empty, state, executed, error);
}
