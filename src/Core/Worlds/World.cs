using ScopeFn.Core.Collections;
using LanguageExt;
using ScopeFn.Core.Graphs;

namespace ScopeFn.Core.Worlds;

/// <summary>
/// Everything TensorFlow's Python layer would hold in process memory, as one immutable value:
/// every graph (shared by threads) and every thread's context. Transitions return a new world;
/// an old world is never changed, so any earlier state can be kept and reused.
/// </summary>
public sealed record World
{
    public PersistentMap<GraphId, Graph> Graphs { get; init; } = PersistentMap<GraphId, Graph>.Empty;
    public PersistentMap<ThreadId, ThreadContext> Threads { get; init; } = PersistentMap<ThreadId, ThreadContext>.Empty;
    public int LastGraphId { get; init; }

    /// <summary>Every <c>tf.GradientTape</c> object created, with what it has watched and recorded.</summary>
    public PersistentMap<TapeId, Tapes.Tape> Tapes { get; init; } = PersistentMap<TapeId, Tapes.Tape>.Empty;
    public int LastTapeId { get; init; }

    /// <summary>Variable scopes, variable stores and the resource-variable default (issue 3).</summary>
    public ScopeFn.Core.Variables.VariableState Variables { get; init; } = ScopeFn.Core.Variables.VariableState.Initial;

    /// <summary>Eager execution: default mode, executor, EagerTensor values, eager scope names (issue 4).</summary>
    public ScopeFn.Core.Eager.EagerContext Eager { get; init; } = ScopeFn.Core.Eager.EagerContext.Initial;

    /// <summary>tf.function objects, their traces and FuncGraph captures (issue 4).</summary>
    public ScopeFn.Core.Functions.FunctionState Functions { get; init; } = ScopeFn.Core.Functions.FunctionState.Empty;

    public static World Empty { get; } = new();

    public Graph Graph(GraphId id) =>
        Graphs.TryGetValue(id, out var g) ? g : throw new ArgumentException($"{id} is not a graph of this world", nameof(id));

    public World WithGraph(Graph graph) => this with { Graphs = Graphs.SetItem(graph.Id, graph) };

    /// <summary>The thread's context; a thread never seen before starts from TF's initial state.</summary>
    public ThreadContext Thread(ThreadId id) => Threads.TryGetValue(id, out var t) ? t : new ThreadContext(id);

    public World WithThread(ThreadContext context) => this with { Threads = Threads.SetItem(context.Id, context) };

    public GraphThreadState GraphThread(GraphId graph, ThreadId thread) => Thread(thread).For(graph);

    public World WithGraphThread(GraphId graph, ThreadId thread, GraphThreadState state) =>
        WithThread(Thread(thread).With(graph, state));

    /// <summary>Adds a new, empty graph (<c>tf.Graph()</c>).</summary>
    public (World World, GraphId Id) NewGraph(bool buildingFunction = false)
    {
        var id = new GraphId(LastGraphId + 1);
        // Graph.__init__ takes an ops.uid() for its _graph_key ("graph-key-%d/").
        var world = this with { LastGraphId = id.Value, Eager = Eager with { LastUid = Eager.LastUid + 1 } };
        return (world.WithGraph(ScopeFn.Core.Graphs.Graph.Create(id, buildingFunction)), id);
    }
}
