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

        var fed = new Dictionary<(int, int), NdArray>(feeds.Count);
        foreach (var (tensor, value) in feeds) fed[(tensor.OpId, tensor.Index)] = value;
        var outputs = new Dictionary<int, ImmutableArray<RuntimeValue>>();
        // Resource values handed to a function's placeholders: their ops count as run already.
        if (handles is not null)
            foreach (var (tensor, value) in handles)
                outputs[tensor.OpId] = [value];

        var key = PlanKey.Of(graphId, fetches, fed.Keys, handles is null ? [] : handles.Keys.Select(t => (t.OpId, t.Index)));
        if (state.Executors.Find(key, graph) is not { } cached)
        {
            cached = BuildPlan(graph, fetches, fed, handles);
            state = state with { Executors = state.Executors.With(key, cached) };
        }
        var plan = cached.Plan;
        var table = FunctionCallKernels.With(kernels ?? KernelTable.Default, world);
        var executed = ImmutableArray.CreateBuilder<string>(plan.Length);

        var dead = new HashSet<int>();
        var planKernels = cached.KernelsFrom(table);
        for (var position = 0; position < plan.Length; position++)
        {
            var op = plan[position];
            // executor.cc: an op with a dead data or control input is not run and its outputs are
            // dead; a Merge runs when any data input is live.
            if (IsDead(op, fed, outputs, dead))
            {
                dead.Add(op.Id);
                outputs[op.Id] = Enumerable.Repeat<RuntimeValue>(RuntimeValue.Dead.Instance, op.NumOutputs).ToImmutableArray();
                continue;
            }
            var step = Execute(graph, op, planKernels[position], state, fed, outputs);
            executed.Add(op.Name);
            if (step.Error is { } error) return Failed(state, executed.ToImmutable(), NodeErrors.Attach(error, op));
            state = step.Value.State;
            outputs[op.Id] = step.Value.Outputs;
        }

        var values = ImmutableArray.CreateBuilder<NdArray?>(fetches.Count);
        var retvals = cached.Retvals;
        // ConsumeRetvals reports the first empty slot in slot order, whatever the fetch order.
        var deadSlot = dead.Count == 0 ? null : retvals.Where(r => fetches.OfType<GraphElement.OfTensor>().First(f => f.Tensor.Name == r.Key).Tensor is var t
                && outputs[t.OpId][t.Index] is RuntimeValue.Dead).Select(r => (int?)r.Value).Min();
        if (deadSlot is { } slot)
            return Failed(state, executed.ToImmutable(), OpError.InvalidArgument($"Retval[{slot}] does not have value"));
        foreach (var fetch in fetches)
        {
            var value = FetchValue(fetch, state, fed, outputs, retvals);
            if (value.Error is { } error) return Failed(state, executed.ToImmutable(), error);
            values.Add(value.Value);
        }
        return new RunResult(values.MoveToImmutable(), state, executed.ToImmutable(), null);
    }

    /// <summary>The pruned plan and return-value slots of one run signature (what the executor cache keeps).</summary>
    private static CachedPlan BuildPlan(
        Graph graph, IReadOnlyList<GraphElement> fetches, Dictionary<(int, int), NdArray> fed, IReadOnlyDictionary<Tensor, RuntimeValue>? handles)
    {
        var targets = fetches
            .Where(f => f is not GraphElement.OfTensor t || !fed.ContainsKey((t.Tensor.OpId, t.Tensor.Index)))
            .Select(f => f.OpId).Distinct();
        var given = fed.Keys.ToHashSet();
        foreach (var tensor in handles?.Keys ?? []) given.Add((tensor.OpId, tensor.Index));
        return new CachedPlan([.. ExecutionPlan.Build(graph, targets, given)], RetvalIndices(fetches, fed));
    }

    private static KernelResult<KernelOutput> Execute(
        Graph graph, Operation op, KernelDef? found, SessionState state,
        Dictionary<(int, int), NdArray> fed, Dictionary<int, ImmutableArray<RuntimeValue>> outputs)
    {
        if (found is not { } kernel)
            return KernelResult<KernelOutput>.Fail(OpError.Unimplemented($"ScopeFn has no kernel for op type '{op.Type}'"));
        var inputs = new RuntimeValue[op.Inputs.Count];
        for (var i = 0; i < inputs.Length; i++)
        {
            var t = op.Inputs[i];
            var value = fed.TryGetValue((t.OpId, t.Index), out var f) ? f : outputs[t.OpId][t.Index];
            if (value is RuntimeValue.Dead) { inputs[i] = value; continue; }
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

    private static bool IsDead(Operation op, Dictionary<(int, int), NdArray> fed, Dictionary<int, ImmutableArray<RuntimeValue>> outputs, HashSet<int> dead)
    {
        // Loops rather than LINQ: this runs for every op of every run.
        if (op.Type == "Merge")
        {
            if (op.Inputs.Count == 0) return false;
            foreach (var t in op.Inputs)
                if (!InputDead(t, fed, outputs)) return false;
            return true;
        }
        foreach (var t in op.Inputs)
            if (InputDead(t, fed, outputs)) return true;
        if (dead.Count == 0) return false;
        foreach (var id in op.ControlInputIds)
            if (dead.Contains(id)) return true;
        return false;
    }

    private static bool InputDead(Tensor t, Dictionary<(int, int), NdArray> fed, Dictionary<int, ImmutableArray<RuntimeValue>> outputs) =>
        outputs.TryGetValue(t.OpId, out var values) && values[t.Index] is RuntimeValue.Dead && !fed.ContainsKey((t.OpId, t.Index));

    /// <summary>
    /// DirectSession's return-value slots: the fetched tensors that are not fed, by distinct name in
    /// sorted order (the executor cache key sorts them), which is the index "Retval[i]" reports.
    /// </summary>
    private static IReadOnlyDictionary<string, int> RetvalIndices(IReadOnlyList<GraphElement> fetches, Dictionary<(int, int), NdArray> fed) =>
        fetches.OfType<GraphElement.OfTensor>()
            .Where(f => !fed.ContainsKey((f.Tensor.OpId, f.Tensor.Index)))
            .Select(f => f.Tensor.Name).Distinct().OrderBy(n => n, StringComparer.Ordinal)
            .Select((name, i) => (name, i)).ToDictionary(x => x.name, x => x.i);

    /// <summary>A fetched tensor's value; a fed tensor is answered with the fed value without running its producer.</summary>
    private static KernelResult<NdArray?> FetchValue(
        GraphElement fetch, SessionState state, Dictionary<(int, int), NdArray> fed, Dictionary<int, ImmutableArray<RuntimeValue>> outputs,
        IReadOnlyDictionary<string, int> retvals)
    {
        if (fetch is not GraphElement.OfTensor { Tensor: var t }) return KernelResult<NdArray?>.Ok(null);
        if (fed.TryGetValue((t.OpId, t.Index), out var f)) return f;
        return outputs[t.OpId][t.Index] switch
        {
            // FunctionCallFrame::ConsumeRetvals' Internal error, which DirectSession::Run reports as InvalidArgument.
            RuntimeValue.Dead => KernelResult<NdArray?>.Fail(OpError.InvalidArgument($"Retval[{retvals[t.Name]}] does not have value")),
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
