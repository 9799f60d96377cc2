using ScopeFn.Core.Functions;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Scopes;
using ScopeFn.Core.Worlds;

namespace ScopeFn.Core.Contexts;

/// <summary>
/// Function-building graphs (func_graph.py <c>FuncGraph</c>): a new graph with
/// <c>building_function</c> set, remembering the default graph it was created under, starting
/// with an empty name stack like any new graph, and inheriting the outer graph's collections
/// (<see cref="FuncGraphCollections"/>).
/// </summary>
public static class FuncGraphs
{
    public static Tf<GraphId> New { get; } = Named("");

    /// <summary><c>FuncGraph(name)</c>.</summary>
    public static Tf<GraphId> Named(string name) =>
        from outer in DefaultGraph.Current
        from g in Tf.Of<GraphId>(w =>
        {
            var (next, id) = w.NewGraph(buildingFunction: true);
            next = next.WithGraph(next.Graph(id) with { OuterGraph = outer });
            next = FuncGraphCollections.Inherit(next, id, outer);
            return Result.Ok(next with { Functions = next.Functions.With(id, new FuncGraphInfo(name)) }, id);
        })
        select g;

    /// <summary><c>with func_graph.as_default():</c> for a new FuncGraph; the body receives it.</summary>
    public static Tf<T> Building<T>(Func<GraphId, Tf<T>> body) =>
        from g in New
        from r in DefaultGraph.AsDefault(g, body(g))
        select r;
}
