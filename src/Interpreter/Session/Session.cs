using ScopeFn.Core.Errors;
using ScopeFn.Core.Worlds;
using ScopeFn.Interpreter.Arrays;
using ScopeFn.Interpreter.Evaluation;

namespace ScopeFn.Interpreter.Session;

/// <summary>
/// <c>tf.compat.v1.Session</c> for C# callers: a graph, a way to see the current world (ops added
/// after the session was created are runnable, as in TF), and the session's variable state, which
/// each run replaces. The work is done by the pure <see cref="SessionRun"/>; this class only keeps
/// the state, the closed flag and a pool of reusable buffers. Errors are thrown as <see cref="TfException"/>.
/// </summary>
public sealed class Session : IDisposable
{
    private readonly Func<World> world;
    private readonly KernelTable kernels;
    private readonly MemoryBudget? budget;
    private readonly Lock gate = new();
    private readonly BufferRecycler buffers;
    private SessionState state = SessionState.Empty;
    private bool closed;

    public Session(Func<World> world, GraphId graph, KernelTable? kernels = null, MemoryBudget? budget = null)
    {
        this.world = world;
        Graph = graph;
        this.kernels = kernels ?? KernelTable.Default;
        this.budget = budget;
        // Pooled buffers count as live memory for the budget's total check; keep them to a quarter of it.
        buffers = new BufferRecycler(Math.Min(BufferRecycler.DefaultMaxPooledBytes, (budget ?? MemoryBudget.Default).MaxTotalLiveBytes / 4));
    }

    /// <summary>A session over a fixed world value.</summary>
    public Session(World world, GraphId graph, KernelTable? kernels = null, MemoryBudget? budget = null)
        : this(() => world, graph, kernels, budget) { }

    public GraphId Graph { get; }

    /// <summary>The current state. Reading it hands it out: its buffers are never reused afterwards.</summary>
    public SessionState State
    {
        get
        {
            lock (gate)
            {
                buffers.Expose();
                return state;
            }
        }
    }

    /// <summary>Memory held for reuse by later runs (a diagnostic).</summary>
    public long PooledBufferBytes
    {
        get { lock (gate) return buffers.PooledBytes; }
    }

    /// <summary>Bytes of the current state's buffers that nothing outside the session has seen, reusable once a run replaces them (a diagnostic).</summary>
    public long UnsharedStateBytes
    {
        get { lock (gate) return buffers.HeldByStateAloneBytes; }
    }

    public bool IsClosed
    {
        get { lock (gate) return closed; }
    }

    /// <summary><c>sess.run(fetches, feed_dict)</c>: the fetched values in the fetches' shape, or a thrown <see cref="TfException"/>.</summary>
    public object? Run(object? fetches, IEnumerable<KeyValuePair<object, object?>>? feedDict = null)
    {
        var (value, error) = TryRun(fetches, feedDict);
        return error is null ? value : throw error.ToException();
    }

    /// <summary>
    /// Like <see cref="Run"/> but returns the error as a value. The new state stays inside the
    /// session, so the buffers of variable values a later run replaces can be reused (see
    /// <see cref="BufferRecycler"/>); <see cref="Attempt"/> hands the state out and so cannot.
    /// </summary>
    public (object? Value, TfError? Error) TryRun(object? fetches, IEnumerable<KeyValuePair<object, object?>>? feedDict = null)
    {
        lock (gate)
        {
            var result = Execute(fetches, feedDict);
            return (result.Value, result.Error);
        }
    }

    /// <summary>Like <see cref="Run"/> but returns the error as a value, with the new state; the state advances either way, as in TF.</summary>
    public SessionRunResult Attempt(object? fetches, IEnumerable<KeyValuePair<object, object?>>? feedDict = null)
    {
        lock (gate)
        {
            var result = Execute(fetches, feedDict);
            // The caller may keep this state, so its buffers must never be reused.
            buffers.Expose();
            return result;
        }
    }

    private SessionRunResult Execute(object? fetches, IEnumerable<KeyValuePair<object, object?>>? feedDict)
    {
        if (closed) return SessionRunResult.Fail(state, new RuntimeError("Attempted to use a closed Session."));
        SessionRunResult result;
        using (buffers.Activate())
            result = SessionRun.Run(world(), Graph, state, fetches, feedDict, kernels, budget);
        state = result.State;
        // The intermediates nobody can see any more, and the old variable values only the previous
        // state held, are reused by the next run.
        if (!buffers.HasWork) return result;
        if (result.Error is null) buffers.Reclaim(BufferRecycler.ArraysIn(result.Value), state.Arrays());
        else buffers.Forget();
        return result;
    }

    /// <summary><c>sess.close()</c>: later runs raise; the variable values are released.</summary>
    public void Close()
    {
        lock (gate)
        {
            closed = true;
            state = SessionState.Empty;
            buffers.Clear();
        }
    }

    public void Dispose() => Close();
}
