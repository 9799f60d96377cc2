using ScopeFn.Core.Collections;
using LanguageExt;
using ScopeFn.Core.Worlds;

namespace ScopeFn.Core.Graphs;

/// <summary>
/// A TF graph as a value: ops in creation order (op id = index + 1), the shared
/// <c>names_in_use</c> counters of ops and name scopes, collections, and graph-level flags.
/// Shared by every thread; per-thread state lives in <see cref="ThreadContext"/>.
/// </summary>
public sealed record Graph
{
    public required GraphId Id { get; init; }
    public bool BuildingFunction { get; init; }

    /// <summary>For a FuncGraph, the graph that was default when it was created (func_graph.py <c>outer_graph</c>).</summary>
    public GraphId? OuterGraph { get; init; }
    public bool Finalized { get; init; }

    /// <summary>The graph-level seed (<c>tf.compat.v1.set_random_seed</c>), null when unset.</summary>
    public long? Seed { get; init; }

    /// <summary>TF 2.x <c>random_seed._graph_to_seed_dict[graph]</c>: op seeds handed out while only the graph seed is set.</summary>
    public long SeedCounter { get; init; }

    /// <summary>TF's <c>_names_in_use</c>: lower-cased full name → use count.</summary>
    public RerootingMap<string, int> NamesInUse { get; init; } = RerootingMap<string, int>.Empty;

    public Seq<Operation> Ops { get; init; } = Seq<Operation>.Empty;
    public RerootingMap<string, int> OpIdsByName { get; init; } = RerootingMap<string, int>.Empty;

    public GraphCollections Collections { get; init; } = GraphCollections.Empty;

    /// <summary>ops.py <c>_unfetchable_ops</c>: ops <c>prevent_fetching</c> marked (a v1 cond's branch ops and switches), by id.</summary>
    public LanguageExt.HashSet<LanguageExt.ClassInstances.EqInt, int> Unfetchable { get; init; } = LanguageExt.HashSet<LanguageExt.ClassInstances.EqInt, int>.Empty;

    /// <summary><c>Graph.is_fetchable(op)</c>.</summary>
    public bool IsFetchable(int opId) => !Unfetchable.Contains(opId);

    /// <summary>math_grad.py's <c>graph._reduced_shape_cache</c>: (input shape, axes) → (kept-dims shape, tile multiples) of Sum gradients.</summary>
    public System.Collections.Immutable.ImmutableDictionary<string, (long[] Kept, long[] Tile)> ReducedShapeCache { get; init; } =
        System.Collections.Immutable.ImmutableDictionary<string, (long[] Kept, long[] Tile)>.Empty;

    public static Graph Create(GraphId id, bool buildingFunction) => new() { Id = id, BuildingFunction = buildingFunction };

    /// <summary><c>Graph._last_id</c>: the id of the newest op, 0 when empty.</summary>
    public int LastId => Ops.Count;

    public Operation Op(int id) => Ops[id - 1];

    /// <summary>The op named <paramref name="name"/>, or null.</summary>
    public Operation? OpNamed(string name) => OpIdsByName.TryGetValue(name, out var id) ? Op(id) : null;

    /// <summary>The graph with <paramref name="op"/> added (and, in one copy, the name table that named it).</summary>
    public Graph AddOp(Operation op, RerootingMap<string, int>? namesInUse = null) => this with
    {
        NamesInUse = namesInUse ?? NamesInUse,
        Ops = Ops.Add(op),
        OpIdsByName = OpIdsByName.SetItem(op.Name, op.Id),
    };
}
