using ScopeFn.Core.Graphs;
using ScopeFn.Core.Worlds;

namespace ScopeFn.Oracle.Export;

/// <summary>Which graph of a script's final world <c>scopefn graph</c> exports.</summary>
public static class ExportedGraph
{
    /// <summary>
    /// The most recently created graph that holds ops, function graphs aside (TF keeps those in
    /// the function library, not as graphs of their own). A script that builds in the global
    /// default graph exports that graph; one that builds under <c>with tf.Graph().as_default():</c>
    /// or after <c>reset_default_graph()</c> exports the newest graph it built in. A world with no
    /// ops exports an empty graph.
    /// </summary>
    public static Graph Pick(World world)
    {
        var candidates = world.Graphs.ValuesInHashOrder.Where(g => !g.BuildingFunction && g.Ops.Count > 0).ToList();
        return candidates.Count > 0 ? candidates.MaxBy(g => g.Id.Value)! : Graph.Create(new GraphId(0), buildingFunction: false);
    }
}
