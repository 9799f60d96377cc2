using LanguageExt;
using ScopeFn.Core.Eager;
using ScopeFn.Core.Errors;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Worlds;

namespace ScopeFn.Core.Contexts;

/// <summary>
/// Eager execution as a context (context.py): a thread executes eagerly when the newest entry of
/// its context-switch log is an eager entry, or, with no entry, when the process default is eager
/// — TF starts each thread's log with one eager entry in that case. <c>Graph.as_default()</c>
/// logs a graph entry (graph mode); <c>eager_mode()</c> and init_scope lifted to eager log an eager one.
/// </summary>
public static class EagerMode
{
    /// <summary>The eager entry of the context-switch log (<c>is_building_function=False, enter=eager_mode</c>).</summary>
    public static ContextSwitch Entry { get; } = new(false, null);

    /// <summary><c>context.executing_eagerly()</c> on <paramref name="thread"/>.</summary>
    public static bool IsEager(World world, ThreadId thread)
    {
        var switches = world.Thread(thread).ContextSwitches;
        return switches.IsEmpty ? world.Eager.DefaultEager : switches.Last.Graph is null;
    }

    public static Tf<bool> ExecutingEagerly { get; } = Tf.Read(IsEager);

    /// <summary>
    /// ops.py <c>executing_eagerly_outside_functions()</c>: eager now, or the context init_scope
    /// would enter (the outermost one not building a function) is eager.
    /// </summary>
    public static Tf<bool> ExecutingEagerlyOutsideFunctions { get; } = Tf.Of<bool>((w, t) =>
    {
        if (IsEager(w, t)) return Result.Ok(w, true);
        var outer = InitScope.OuterContext(w, t);
        return outer.Error is null ? Result.Ok(outer.World, outer.Value is null) : Result.Fail<bool>(outer.World, outer.Error);
    });

    /// <summary><c>with context.eager_mode():</c> logs an eager entry; exit restores the log.</summary>
    public static Enter<Unit> EnterEager { get; } = (w, t) =>
    {
        var context = w.Thread(t);
        World Restore(World after) => after.WithThread(after.Thread(t) with { ContextSwitches = context.ContextSwitches });
        return Result.Ok(w.WithThread(context with { ContextSwitches = context.ContextSwitches.Add(Entry) }), new Entered<Unit>(Unit.Default, Restore));
    };

    /// <summary>
    /// <c>tf.compat.v1.enable_eager_execution()</c> (ops.py <c>enable_eager_execution_internal</c>):
    /// switching from graph mode once the thread has its global default graph is refused.
    /// </summary>
    public static Tf<Unit> Enable { get; } = Tf.Of<Unit>((w, t) =>
    {
        if (!w.Eager.DefaultEager && w.Thread(t).GlobalDefaultGraph is not null)
            return Result.Fail<Unit>(w, new ValueError("tf.enable_eager_execution must be called at program startup."));
        return Result.Ok(w with { Eager = w.Eager with { DefaultEager = true } });
    });

    /// <summary><c>tf.compat.v1.disable_eager_execution()</c>: the process default becomes graph mode.</summary>
    public static Tf<Unit> Disable { get; } = Tf.Of<Unit>(w => Result.Ok(w with { Eager = w.Eager with { DefaultEager = false } }));

    /// <summary>Installs the runtime that executes eager ops (supplied by whoever creates the world).</summary>
    public static World WithExecutor(this World world, IEagerExecutor executor) =>
        world with { Eager = world.Eager with { Executor = executor } };

    /// <summary>A fresh TF 2.x process: eager by default, ops executed by <paramref name="executor"/>.</summary>
    public static World Tf2Process(IEagerExecutor executor) =>
        World.Empty with { Eager = EagerContext.Initial with { DefaultEager = true, Executor = executor } };
}
