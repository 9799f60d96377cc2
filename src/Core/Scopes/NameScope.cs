using ScopeFn.Core.Collections;
using ScopeFn.Core.Errors;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Worlds;

namespace ScopeFn.Core.Scopes;

/// <summary>What naming a scope yields: the updated name table and the new stack, or the validation error.</summary>
public readonly record struct ScopeNaming(RerootingMap<string, int> NamesInUse, string Stack, TfError? Error);

/// <summary>Name scopes in graph mode (spec §2): <c>Graph.name_scope</c> and the module-level v1/v2 entry points.</summary>
public static class NameScope
{
    /// <summary>
    /// <c>Graph.name_scope(name)</c> entered: validates, computes the new stack and the string
    /// yielded by <c>as</c>. Falsy → root (""); trailing '/' → absolute, not registered;
    /// otherwise uniquified against the full path and registered.
    /// </summary>
    public static Result<(string Scope, string NewStack)> Enter(World world, ThreadId thread, GraphId graphId, string? name)
    {
        if (string.IsNullOrEmpty(name)) return Result.Ok(world, ("", ""));
        var graph = world.Graph(graphId);
        var named = Name(graph.NamesInUse, world.GraphThread(graphId, thread).NameStack, name);
        if (named.Error is not null) return Result.Fail<(string, string)>(world, named.Error);
        var next = ReferenceEquals(named.NamesInUse, graph.NamesInUse) ? world : world.WithGraph(graph with { NamesInUse = named.NamesInUse });
        return Result.Ok(next, (name[^1] == '/' ? name : named.Stack + "/", named.Stack));
    }

    /// <summary>
    /// The naming half of entering a non-empty name scope, on the graph's name table alone: the
    /// table after registration and the new stack (the scope string without its slash). Op
    /// wrappers use it directly, since the op is named by the scope and nothing else reads it.
    /// </summary>
    public static ScopeNaming Name(RerootingMap<string, int> namesInUse, string currentStack, string name)
    {
        if (NameValidation.CheckScopeName(name, nested: currentStack.Length > 0) is { } invalid)
            return new ScopeNaming(namesInUse, "", invalid);
        if (name[^1] == '/') return new ScopeNaming(namesInUse, UniqueName.FromScopeName(name), null);
        var (names, unique) = UniqueName.Apply(namesInUse, currentStack, name);
        return new ScopeNaming(names, unique, null);
    }

    /// <summary><c>with graph.name_scope(name) as scope:</c>; the previous stack is restored verbatim on exit.</summary>
    public static Tf<T> InGraph<T>(GraphId graph, string? name, Func<string, Tf<T>> body) => Tf.Bracket(EnterInGraph(graph, name), body);

    /// <summary>Entering <c>graph.name_scope(name)</c>; the exit puts the previous stack back verbatim.</summary>
    public static Enter<string> EnterInGraph(GraphId graph, string? name) => (w, t) =>
    {
        var entered = Enter(w, t, graph, name);
        if (entered.Error is not null) return Result.Fail<Entered<string>>(entered.World, entered.Error);
        var old = w.GraphThread(graph, t).NameStack;
        var next = entered.World;
        next = next.WithGraphThread(graph, t, next.GraphThread(graph, t) with { NameStack = entered.Value.NewStack });
        World Restore(World after) => after.WithGraphThread(graph, t, after.GraphThread(graph, t) with { NameStack = old });
        return Result.Ok(next, new Entered<string>(entered.Value.Scope, Restore));
    };

    /// <summary>
    /// <c>tf.compat.v1.name_scope(name, default_name, values)</c> in graph mode (class
    /// <c>name_scope_v1</c>): the effective name is <paramref name="defaultName"/> only when
    /// <paramref name="name"/> is None; graph elements in <paramref name="values"/> choose the graph,
    /// which is made default for the scope when it is not already.
    /// </summary>
    public static Tf<T> V1<T>(string? name, string? defaultName, IReadOnlyList<object>? values, Func<string, Tf<T>> body) =>
        Tf.Bracket(EnterV1(name, defaultName, values), body);

    /// <summary>Entering <c>tf.compat.v1.name_scope(name, default_name, values)</c>.</summary>
    public static Enter<string> EnterV1(string? name, string? defaultName, IReadOnlyList<object>? values)
    {
        var effective = name ?? defaultName;
        return (w, t) =>
        {
            if (Contexts.EagerMode.IsEager(w, t) && !HasGraphElement(values)) return Contexts.EagerNameScope.Enter(effective)(w, t);
            if (effective is null && values is not null)
                return Result.Fail<Entered<string>>(w, new ValueError("At least one of name (None) and default_name (None) must be provided."));
            var current = DefaultGraph.Get(w, t);
            w = current.World;
            var graph = current.Value;
            if (values is { Count: > 0 } && !w.Graph(graph).BuildingFunction)
            {
                var fromInputs = GraphOfInputs(values, graph);
                if (fromInputs.IsLeft) return Result.Fail<Entered<string>>(w, (TfError)fromInputs);
                graph = (GraphId)fromInputs;
            }
            var enter = graph == current.Value
                ? EnterInGraph(graph, effective)
                : Enters.Nest(DefaultGraph.EnterAsDefault(graph), _ => EnterInGraph(graph, effective));
            return enter(w, t);
        };
    }

    /// <summary>
    /// <c>tf.name_scope(name)</c> (TF 2.x <c>name_scope_v2</c>) in a graph: the name must be a
    /// string; then exactly <c>Graph.name_scope</c> of the default graph.
    /// </summary>
    public static Tf<T> V2<T>(string? name, Func<string, Tf<T>> body) => Tf.Bracket(EnterV2(name), body);

    /// <summary>Entering <c>tf.name_scope(name)</c> in a graph.</summary>
    public static Enter<string> EnterV2(string? name) => (w, t) =>
    {
        if (name is null) return Result.Fail<Entered<string>>(w, new ValueError("name for name_scope must be a string."));
        if (Contexts.EagerMode.IsEager(w, t)) return Contexts.EagerNameScope.Enter(name)(w, t);
        var current = DefaultGraph.Get(w, t);
        return EnterInGraph(current.Value, name)(current.World, t);
    };

    /// <summary><c>Graph.get_name_scope()</c>: the raw stack, "" at the root.</summary>
    public static Tf<string> Current { get; } =
        from g in DefaultGraph.Current
        from s in Tf.Read((w, t) => w.GraphThread(g, t).NameStack)
        select s;

    /// <summary>
    /// ops.py <c>_get_graph_from_inputs</c>: the graph shared by the graph elements among
    /// <paramref name="values"/>; non-graph values are ignored; mixing graphs is a ValueError.
    /// </summary>
    public static LanguageExt.Either<TfError, GraphId> GraphOfInputs(IEnumerable<object> values, GraphId fallback)
    {
        object? first = null;
        GraphId? graph = null;
        foreach (var v in values)
        {
            // EagerTensors belong to no graph (ops.py skips them: their type is not Tensor).
            // Variables count through their _as_graph_element (eager ones, like EagerTensors, do not).
            GraphId? g = v switch
            {
                Tensor x when !Eager.EagerContext.IsEager(x) => x.Graph,
                Operation o => o.Graph,
                Variables.Variable x when !Variables.EagerVariables.IsEager(x) => x.Graph,
                _ => null,
            };
            if (g is null) continue;
            if (graph is null) { graph = g; first = v; continue; }
            if (g != graph)
                return new ValueError($"{Describe(v)} must be from the same graph as {Describe(first!)} (graphs are {GraphRepr(g.Value)} and {GraphRepr(graph.Value)}).");
        }
        return graph ?? fallback;
    }

    /// <summary>
    /// Python prints a Graph as <c>&lt;…Graph object at 0x…&gt;</c>; the address is not reproducible,
    /// so ScopeFn writes a stable synthetic one derived from the graph id.
    /// </summary>
    public static string GraphRepr(GraphId g) => $"<tensorflow.python.framework.ops.Graph object at 0x7f{g.Value:x10}>";

    /// <summary>internal_name_scope_v1: a graph tensor among the values overrides eager mode.</summary>
    private static bool HasGraphElement(IReadOnlyList<object>? values) =>
        values is not null && values.Any(v => v is Operation || (v is Tensor x && !Eager.EagerContext.IsEager(x)));

    internal static string Describe(object element) => element.ToString() ?? "";
}
