using LanguageExt;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Worlds;

namespace ScopeFn.Core.Functions;

/// <summary>
/// Collections of a FuncGraph (func_graph.py <c>FuncGraph.__init__</c>, <c>ALLOWLIST_COLLECTIONS</c>):
/// GLOBAL_VARIABLES, LOCAL_VARIABLES and TRAINABLE_VARIABLES are the outer graph's lists by
/// reference (reads and writes go through to it, transitively for nested functions); every other
/// string key of the outer graph is copied at creation, so later writes on either side stay apart.
/// (The allow-listed tuple keys <c>("__variable_store",)</c> and <c>("__varscope",)</c> are the
/// variable store and scope store, which <c>Variables.VariableGraphs.Owner</c> shares the same way.)
/// </summary>
public static class FuncGraphCollections
{
    public static readonly IReadOnlyList<string> Allowlist =
        [GraphKeys.GlobalVariables, GraphKeys.LocalVariables, GraphKeys.TrainableVariables];

    public static bool IsShared(string key) => Allowlist.Contains(key);

    /// <summary>The graph whose list <paramref name="key"/> is, seen from <paramref name="graph"/>.</summary>
    public static GraphId Owner(World w, GraphId graph, string key)
    {
        if (!IsShared(key)) return graph;
        var g = w.Graph(graph);
        while (g.BuildingFunction && g.OuterGraph is { } outer) g = w.Graph(outer);
        return g.Id;
    }

    /// <summary>
    /// A new FuncGraph's collections: copies of the outer graph's other keys, in its order; the
    /// outer graph gains the allow-listed keys (its <c>get_collection_ref</c> creates them).
    /// </summary>
    public static World Inherit(World w, GraphId funcGraph, GraphId outer)
    {
        var source = w.Graph(outer);
        var copied = source.Collections.Keys.Where(k => !IsShared(k))
            .Aggregate(GraphCollections.Empty, (c, k) => source.Collections.Get(k).Fold(c.Ensure(k), (acc, item) => acc.Add(k, item)));
        var owner = Owner(w, outer, GraphKeys.GlobalVariables);
        var ownerGraph = w.Graph(owner);
        var ensured = Allowlist.Aggregate(ownerGraph.Collections, (c, k) => c.Ensure(k));
        w = w.WithGraph(ownerGraph with { Collections = ensured });
        return w.WithGraph(w.Graph(funcGraph) with { Collections = copied });
    }

    /// <summary><c>get_all_collection_keys()</c> of <paramref name="graph"/>: its own keys, then the shared ones.</summary>
    public static Seq<string> Keys(World w, GraphId graph)
    {
        var own = w.Graph(graph).Collections.KeyOrder;
        return w.Graph(graph).BuildingFunction ? own.Concat(Allowlist.Where(k => !own.Contains(k))).ToSeq() : own;
    }
}
