using ScopeFn.Core.Errors;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Worlds;
using ScopeFn.Script.Runtime;

namespace ScopeFn.Script.Tf;

/// <summary>
/// The TensorFlow process state of one script run: the world, the thread (scripts are
/// single-threaded), the open <c>with</c> blocks and the execution mode. TF 2.x starts eager;
/// <c>disable_eager_execution()</c> or <c>Graph.as_default()</c> switch to graph construction.
/// </summary>
internal sealed class TfProcess
{
    private readonly Stack<Func<World, World>> open = new();
    private readonly Dictionary<GraphId, GraphObject> graphs = new();

    public World World { get; set; } = World.Empty;
    public ThreadId Thread => ThreadId.Main;

    /// <summary>TF 2.x's process default: eager, until <c>disable_eager_execution()</c>.</summary>
    public bool EagerByDefault { get; set; } = true;

    /// <summary><c>tf.executing_eagerly()</c>: eager by default unless a graph is entered.</summary>
    public bool ExecutingEagerly => EagerByDefault && World.Thread(Thread).DefaultGraphStack.IsEmpty;

    public T Run<T>(Tf<T> program)
    {
        var r = program.Run(World, Thread);
        World = r.World;
        return r.Error is null ? r.Value : throw PyErrors.FromTfError(r.Error);
    }

    /// <summary>Graph construction, refused in eager mode, which ScopeFn does not model yet.</summary>
    public T Build<T>(Tf<T> program, string what)
    {
        if (ExecutingEagerly)
            throw PyErrors.New(PyExceptionTypes.NotImplementedError,
                $"ScopeFn does not model eager execution yet ({what}); call tf.compat.v1.disable_eager_execution() or build inside `with tf.Graph().as_default():`");
        return Run(program);
    }

    public S Enter<S>(Enter<S> enter)
    {
        var r = enter(World, Thread);
        World = r.World;
        if (r.Error is not null) throw PyErrors.FromTfError(r.Error);
        open.Push(r.Value.Restore);
        return r.Value.Value;
    }

    public void Exit() => World = open.Pop()(World);

    /// <summary>One Python object per graph, so <c>is</c> and <c>==</c> compare graphs by identity.</summary>
    public GraphObject Graph(GraphId id)
    {
        if (!graphs.TryGetValue(id, out var g)) graphs[id] = g = new GraphObject(this, id);
        return g;
    }

    public static PyException Fail(TfError error) => PyErrors.FromTfError(error);
}
