using System.Collections.Immutable;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Worlds;
using ScopeFn.Interpreter.Evaluation;

namespace ScopeFn.Interpreter.Session;

/// <summary>
/// What a run needs besides the values, computed once per run signature and kept with the session
/// state, as DirectSession keeps one executor per (fetches, feeds, targets) key
/// (direct_session.cc GetOrCreateExecutors): the pruned plan and the return-value slots.
/// </summary>
/// <param name="plan">The ops to run, in dependency order (<see cref="ExecutionPlan.Build"/>).</param>
/// <param name="retvals">Fetched, unfed tensor name → its "Retval[i]" slot.</param>
public sealed class CachedPlan(ImmutableArray<Operation> plan, IReadOnlyDictionary<string, int> retvals)
{
    public ImmutableArray<Operation> Plan { get; } = plan;

    public IReadOnlyDictionary<string, int> Retvals { get; } = retvals;

    private sealed record Resolved(KernelTable Table, KernelDef?[] Kernels);

    // A memo: one reference, written whole, so a plan shared between threads is never read half-updated.
    private Resolved? resolved;

    /// <summary>The plan's kernels in <paramref name="table"/>, by plan position (null where the table has none).
    /// Resolved once per table; a run with another table resolves again.</summary>
    public KernelDef?[] KernelsFrom(KernelTable table)
    {
        if (resolved is { } r && ReferenceEquals(r.Table, table)) return r.Kernels;
        var kernels = new KernelDef?[Plan.Length];
        for (var i = 0; i < kernels.Length; i++) kernels[i] = table.Find(Plan[i].Type);
        resolved = new Resolved(table, kernels);
        return kernels;
    }

    /// <summary>
    /// Whether the plan still describes <paramref name="graph"/>. Graphs only grow, but a few
    /// builders replace an existing op (<c>_update_input</c>, <c>_class</c> attrs, shapes of call
    /// ops); the plan depends only on its own ops' inputs and control inputs, so it is valid exactly
    /// when each of its ops is still the graph's op under that id. New ops elsewhere do not matter,
    /// as in TF, where extending the graph keeps the executors of earlier signatures.
    /// </summary>
    public bool IsValidFor(Graph graph)
    {
        foreach (var op in Plan)
            if (op.Id > graph.LastId || !ReferenceEquals(graph.Op(op.Id), op)) return false;
        return true;
    }
}

/// <summary>A run's signature: the graph, the fetches in order, the fed tensors and the tensors bound to handles.</summary>
public sealed class PlanKey : IEquatable<PlanKey>
{
    private readonly GraphId graph;
    private readonly long[] items;
    private readonly int hash;

    private PlanKey(GraphId graph, long[] items)
    {
        this.graph = graph;
        this.items = items;
        var h = new HashCode();
        h.Add(graph);
        foreach (var i in items) h.Add(i);
        hash = h.ToHashCode();
    }

    public static PlanKey Of(GraphId graph, IReadOnlyList<GraphElement> fetches, IEnumerable<(int OpId, int Index)> fed, IEnumerable<(int OpId, int Index)> handles)
    {
        var fedKeys = Sorted(fed);
        var handleKeys = Sorted(handles);
        var items = new long[3 + fetches.Count + fedKeys.Length + handleKeys.Length];
        var n = 0;
        // Counts first, so the three sections cannot run into one another.
        items[n++] = fetches.Count;
        items[n++] = fedKeys.Length;
        items[n++] = handleKeys.Length;
        foreach (var f in fetches)
            items[n++] = f is GraphElement.OfTensor t ? Pack(t.Tensor.OpId, t.Tensor.Index) : Pack(f.OpId, -1);
        foreach (var k in fedKeys) items[n++] = k;
        foreach (var k in handleKeys) items[n++] = k;
        return new PlanKey(graph, items);
    }

    private static long Pack(int opId, int index) => ((long)opId << 32) | (uint)(index + 1);

    private static long[] Sorted(IEnumerable<(int OpId, int Index)> tensors)
    {
        if (tensors is ICollection<(int, int)> { Count: 0 }) return [];
        var keys = tensors.Select(t => Pack(t.OpId, t.Index)).ToArray();
        Array.Sort(keys);
        return keys;
    }

    public bool Equals(PlanKey? other) =>
        other is not null && hash == other.hash && graph == other.graph && items.AsSpan().SequenceEqual(other.items);

    public override bool Equals(object? obj) => Equals(obj as PlanKey);

    public override int GetHashCode() => hash;
}

/// <summary>
/// The plans a session has built, by signature. Derived data, not part of what a state means: every
/// cache equals every other, so two states with the same variable values compare equal however
/// their runs were planned. Bounded: past <see cref="Capacity"/> signatures it starts over, so a
/// program that fetches a new tensor on every run does not grow it without end.
/// </summary>
public sealed class ExecutorCache : IEquatable<ExecutorCache>
{
    public const int Capacity = 1024;

    public static ExecutorCache Empty { get; } = new(ImmutableDictionary<PlanKey, CachedPlan>.Empty);

    private readonly ImmutableDictionary<PlanKey, CachedPlan> plans;

    private ExecutorCache(ImmutableDictionary<PlanKey, CachedPlan> plans) => this.plans = plans;

    public int Count => plans.Count;

    /// <summary>The cached plan for <paramref name="key"/> if there is one and it still fits <paramref name="graph"/>.</summary>
    public CachedPlan? Find(PlanKey key, Graph graph) =>
        plans.TryGetValue(key, out var plan) && plan.IsValidFor(graph) ? plan : null;

    public ExecutorCache With(PlanKey key, CachedPlan plan) =>
        new((plans.Count >= Capacity && !plans.ContainsKey(key) ? ImmutableDictionary<PlanKey, CachedPlan>.Empty : plans).SetItem(key, plan));

    public bool Equals(ExecutorCache? other) => other is not null;

    public override bool Equals(object? obj) => obj is ExecutorCache;

    public override int GetHashCode() => 0;
}
