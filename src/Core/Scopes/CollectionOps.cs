using LanguageExt;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Worlds;

namespace ScopeFn.Core.Scopes;

/// <summary>The collection API on the default graph (<c>tf.compat.v1.add_to_collection</c>, …), spec §11.1.</summary>
public static class CollectionOps
{
    /// <summary><c>add_to_collection(name, value)</c>; raises on a finalized graph.</summary>
    public static Tf<Unit> Add(string key, object value) => Update(key, c => c.Add(key, value));

    /// <summary>
    /// <c>add_to_collections(names, value)</c>: a single string is one key; a list is
    /// de-duplicated (TF goes through a set; ScopeFn keeps first-seen order) and each key gets one append.
    /// </summary>
    public static Tf<Unit> AddToMany(IEnumerable<string> keys, object value) =>
        Tf.ForEach(keys.Distinct(), k => Add(k, value));

    /// <summary><c>get_collection(key, scope=None)</c>: a copy, filtered by the scope regex.</summary>
    public static Tf<Seq<object>> Get(string key, string? scope = null) =>
        from g in DefaultGraph.Current
        from items in Tf.Read((w, _) => w.Graph(Functions.FuncGraphCollections.Owner(w, g, key)).Collections.Get(key, scope))
        select items;

    /// <summary>
    /// <c>get_collection_ref(key)</c>: creates the key when absent. A world is a value, so the
    /// "live list" is the collection as of now; later additions are seen through <see cref="Get"/>.
    /// </summary>
    public static Tf<Seq<object>> GetRef(string key) =>
        from g in DefaultGraph.Current
        from items in Tf.Of<Seq<object>>(w =>
        {
            var graph = w.Graph(Functions.FuncGraphCollections.Owner(w, g, key));
            if (graph.Finalized && !graph.Collections.Lists.ContainsKey(key)) return Result.Fail<Seq<object>>(w, DefaultGraph.Finalized);
            var next = graph with { Collections = graph.Collections.Ensure(key) };
            return Result.Ok(w.WithGraph(next), next.Collections.Get(key));
        })
        select items;

    /// <summary><c>get_all_collection_keys()</c>.</summary>
    public static Tf<Seq<string>> Keys { get; } =
        from g in DefaultGraph.Current
        from keys in Tf.Read((w, _) => Functions.FuncGraphCollections.Keys(w, g))
        select keys;

    /// <summary><c>clear_collection(name)</c>.</summary>
    public static Tf<Unit> Clear(string key) => Update(key, c => c.Clear(key));

    // A FuncGraph writes the allow-listed variable collections of its outer graph (func_graph.py).
    private static Tf<Unit> Update(string key, Func<GraphCollections, GraphCollections> change) =>
        from g in DefaultGraph.Current
        from u in Tf.Of<Unit>(w =>
        {
            if (w.Graph(g).Finalized) return Result.Fail<Unit>(w, DefaultGraph.Finalized);
            var graph = w.Graph(Functions.FuncGraphCollections.Owner(w, g, key));
            return Result.Ok(w.WithGraph(graph with { Collections = change(graph.Collections) }));
        })
        select u;
}
