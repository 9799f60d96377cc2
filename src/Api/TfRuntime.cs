using ScopeFn.Core.Contexts;
using ScopeFn.Core.Errors;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Worlds;

namespace ScopeFn.Api;

/// <summary>
/// The C# shell's process: one shared <see cref="World"/> that every .NET thread updates by
/// compare-and-swap. A transition is pure, so when another thread got there first it is simply
/// run again on the newer world; nothing is locked and no update is lost. Each .NET thread is
/// one TensorFlow thread with its own default graphs, scopes and control dependencies.
/// </summary>
public sealed class TfRuntime
{
    private World world;
    private int lastThread;
    private readonly ThreadLocal<ThreadId> threadIds;
    private readonly ThreadLocal<Stack<object>> openScopes = new(() => new Stack<object>());

    public TfRuntime(World? initial = null)
    {
        world = initial ?? World.Empty.WithExecutor(Interpreter.Eager.InterpreterEagerExecutor.Initial);
        var owner = Environment.CurrentManagedThreadId;
        // The creating thread is TF's main thread; every other thread gets the next id on first use.
        threadIds = new ThreadLocal<ThreadId>(() =>
            Environment.CurrentManagedThreadId == owner ? ThreadId.Main : new ThreadId(Interlocked.Increment(ref lastThread)));
    }

    /// <summary>The world as of now; a value, so it can be kept, compared or run against freely.</summary>
    public World World => Volatile.Read(ref world);

    public ThreadId CurrentThread => threadIds.Value;

    /// <summary>
    /// Runs <paramref name="program"/> for the calling thread and publishes its world. A failure
    /// publishes the world TensorFlow would have left (names consumed stay consumed) and throws.
    /// </summary>
    public T Run<T>(Tf<T> program)
    {
        var r = Commit(w => program.Run(w, CurrentThread));
        return r.Error is null ? r.Value : throw r.Error.ToException();
    }

    /// <summary>Enters a bracket for the calling thread; disposing the handle exits it.</summary>
    public Scope<S> Enter<S>(Enter<S> enter)
    {
        var thread = CurrentThread;
        var r = Commit(w => enter(w, thread));
        if (r.Error is not null) throw r.Error.ToException();
        var scope = new Scope<S>(this, r.Value.Value, r.Value.Restore);
        openScopes.Value!.Push(scope);
        return scope;
    }

    internal void Exit(object scope, Func<World, World> restore)
    {
        var open = openScopes.Value!;
        if (open.Count == 0 || !ReferenceEquals(open.Peek(), scope))
            throw new TfException(new RuntimeError("Improper nesting: a scope was exited before the scopes entered inside it."));
        open.Pop();
        Commit(w => Result.Ok(restore(w), LanguageExt.Unit.Default));
    }

    private Result<T> Commit<T>(Func<World, Result<T>> step)
    {
        while (true)
        {
            var before = Volatile.Read(ref world);
            var r = step(before);
            if (ReferenceEquals(Interlocked.CompareExchange(ref world, r.World, before), before)) return r;
        }
    }
}

/// <summary>An entered bracket (a Python <c>with</c> block); <see cref="Value"/> is what <c>as</c> binds.</summary>
public sealed class Scope<S> : IDisposable
{
    private readonly TfRuntime runtime;
    private readonly Func<World, World> restore;
    private bool exited;

    internal Scope(TfRuntime runtime, S value, Func<World, World> restore)
    {
        this.runtime = runtime;
        this.restore = restore;
        Value = value;
    }

    public S Value { get; }

    public void Dispose()
    {
        if (exited) return;
        runtime.Exit(this, restore);
        exited = true;
    }
}
