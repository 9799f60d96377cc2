using ScopeFn.Core.Contexts;
using ScopeFn.Core.Errors;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Worlds;
using ScopeFn.Interpreter.Eager;
using ScopeFn.Script.Runtime;

namespace ScopeFn.Script.Tf;

/// <summary>
/// The TensorFlow process state of one script run: the world, the thread (scripts are
/// single-threaded), the open <c>with</c> blocks and the execution mode. TF 2.x starts eager;
/// <c>disable_eager_execution()</c> or <c>Graph.as_default()</c> switch to graph construction.
/// </summary>
internal sealed class TfProcess
{
    private readonly Stack<(Func<World, World> Restore, ScopeTag? Tag)> open = new();
    private readonly Dictionary<GraphId, GraphObject> graphs = new();

    /// <summary>A TF 2.x process: eager by default, eager ops run by the interpreter.</summary>
    public World World { get; set; } = EagerMode.Tf2Process(InterpreterEagerExecutor.Initial);

    /// <summary>Records trace events when the run is traced; null otherwise.</summary>
    public TfTracer? Tracer { get; init; }
    public ThreadId Thread => ThreadId.Main;

    /// <summary><c>tf.executing_eagerly()</c>, as the core's context stack says.</summary>
    public bool ExecutingEagerly => EagerMode.IsEager(World, Thread);

    public T Run<T>(Tf<T> program)
    {
        var before = World;
        var r = program.Run(World, Thread);
        World = r.World;
        Tracer?.Call(before, World, Thread, r.Error, r.Error is null ? r.Value : null);
        return r.Error is null ? r.Value : throw PyErrors.FromTfError(r.Error);
    }

    /// <summary>An op-building call: graph construction, or eager execution when the thread executes eagerly.</summary>
    public T Build<T>(Tf<T> program, string what) => Run(program);

    public S Enter<S>(Enter<S> enter, ScopeTag? tag = null)
    {
        var before = World;
        var r = enter(World, Thread);
        World = r.World;
        Tracer?.Call(before, World, Thread, r.Error, null);
        if (r.Error is not null) throw PyErrors.FromTfError(r.Error);
        open.Push((r.Value.Restore, tag));
        if (tag is not null) Tracer?.Enter(World, Thread, tag);
        return r.Value.Value;
    }

    public void Exit()
    {
        var (restore, tag) = open.Pop();
        World = restore(World);
        if (tag is not null) Tracer?.Exit(World, Thread, tag);
    }

    /// <summary>One Python object per graph, so <c>is</c> and <c>==</c> compare graphs by identity.</summary>
    public GraphObject Graph(GraphId id)
    {
        if (!graphs.TryGetValue(id, out var g)) graphs[id] = g = new GraphObject(this, id);
        return g;
    }

    public static PyException Fail(TfError error) => PyErrors.FromTfError(error);
}
