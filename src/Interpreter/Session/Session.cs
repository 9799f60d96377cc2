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

    public SessionState State
    {
        get { lock (gate) return state; }
    }

    /// <summary>Memory held for reuse by later runs (a diagnostic).</summary>
    public long PooledBufferBytes
    {
        get { lock (gate) return buffers.PooledBytes; }
    }

    public bool IsClosed
    {
        get { lock (gate) return closed; }
    }

    /// <summary><c>sess.run(fetches, feed_dict)</c>: the fetched values in the fetches' shape, or a thrown <see cref="TfException"/>.</summary>
    public object? Run(object? fetches, IEnumerable<KeyValuePair<object, object?>>? feedDict = null) =>
        Attempt(fetches, feedDict).ValueOrThrow();

    /// <summary>Like <see cref="Run"/> but returns the error as a value; the state advances either way, as in TF.</summary>
    public SessionRunResult Attempt(object? fetches, IEnumerable<KeyValuePair<object, object?>>? feedDict = null)
    {
        lock (gate)
        {
            if (closed) return SessionRunResult.Fail(state, new RuntimeError("Attempted to use a closed Session."));
            SessionRunResult result;
            using (buffers.Activate())
                result = SessionRun.Run(world(), Graph, state, fetches, feedDict, kernels, budget);
            state = result.State;
            // The intermediates nobody can see any more are reused by the next run.
            if (!buffers.HasHandedOut) return result;
            if (result.Error is null) buffers.Reclaim(BufferRecycler.ArraysIn(result.Value).Concat(state.Arrays()));
            else buffers.Forget();
            return result;
        }
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
