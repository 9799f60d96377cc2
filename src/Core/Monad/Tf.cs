using LanguageExt;
using ScopeFn.Core.Errors;
using ScopeFn.Core.Worlds;

namespace ScopeFn.Core.Monad;

/// <summary>
/// A transition <c>World → Result&lt;T&gt;</c> on behalf of one thread: the state monad of the core.
/// Programs are data (pure values, primitive steps and binds) run by a trampoline, so a chain of
/// a million binds, nested either way, runs in constant stack. Brackets nest the runner once per
/// level of <em>syntactic</em> nesting only.
/// </summary>
public abstract class Tf<T> : Node
{
    private protected Tf() { }

    /// <summary>Runs the program for <paramref name="thread"/> on <paramref name="world"/>.</summary>
    public Result<T> Run(World world, ThreadId thread) => Trampoline.Run(this, world, thread);

    /// <summary>Runs on the main thread (<see cref="ThreadId.Main"/>).</summary>
    public Result<T> Run(World world) => Run(world, ThreadId.Main);

    public Tf<U> Select<U>(Func<T, U> f) => new Mapped<T, U>(this, f);

    public Tf<U> SelectMany<U>(Func<T, Tf<U>> k) => new Bind<T, U>(this, k);

    public Tf<V> SelectMany<U, V>(Func<T, Tf<U>> k, Func<T, U, V> project) =>
        new Bind<T, V>(this, a => new Bind<U, V>(k(a), b => new Pure<V>(project(a, b))));

    /// <summary>Runs this, then <paramref name="next"/>, keeping the second value.</summary>
    public Tf<U> Then<U>(Tf<U> next) => new Bind<T, U>(this, _ => next);
}

/// <summary>Constructors and combinators for <see cref="Tf{T}"/>.</summary>
public static class Tf
{
    public static Tf<T> Pure<T>(T value) => new Pure<T>(value);

    public static Tf<Unit> Done { get; } = new Pure<Unit>(Unit.Default);

    public static Tf<T> Fail<T>(TfError error) => new Prim<T>((w, _) => Result<T>.Fail(w, error));

    /// <summary>Lifts a primitive transition.</summary>
    public static Tf<T> Of<T>(Func<World, ThreadId, Result<T>> step) => new Prim<T>(step);

    public static Tf<T> Of<T>(Func<World, Result<T>> step) => new Prim<T>((w, _) => step(w));

    /// <summary>Reads the world without changing it.</summary>
    public static Tf<T> Read<T>(Func<World, ThreadId, T> read) => new Prim<T>((w, t) => Result<T>.Ok(w, read(w, t)));

    /// <summary>Runs the programs in order and collects their values; iterative, any length.</summary>
    public static Tf<IReadOnlyList<T>> Sequence<T>(IEnumerable<Tf<T>> programs) =>
        new Prim<IReadOnlyList<T>>((w, t) =>
        {
            var values = new List<T>();
            foreach (var p in programs)
            {
                var r = p.Run(w, t);
                w = r.World;
                if (r.Error is not null) return Result<IReadOnlyList<T>>.Fail(w, r.Error);
                values.Add(r.Value);
            }
            return Result<IReadOnlyList<T>>.Ok(w, values);
        });

    /// <summary>Runs <paramref name="body"/> for each item, in order, keeping nothing.</summary>
    public static Tf<Unit> ForEach<A>(IEnumerable<A> items, Func<A, Tf<Unit>> body) =>
        new Prim<Unit>((w, t) =>
        {
            foreach (var item in items)
            {
                var r = body(item).Run(w, t);
                w = r.World;
                if (r.Error is not null) return Result<Unit>.Fail(w, r.Error);
            }
            return Result<Unit>.Ok(w, Unit.Default);
        });

    /// <summary>Python's try/except: runs <paramref name="handler"/> on the error and the world the failure left.</summary>
    public static Tf<T> Catch<T>(Tf<T> body, Func<TfError, Tf<T>> handler) =>
        new Prim<T>((w, t) =>
        {
            var r = body.Run(w, t);
            return r.Error is null ? r : handler(r.Error).Run(r.World, t);
        });

    /// <summary>Runs <paramref name="body"/> and reports its outcome as a value (never fails).</summary>
    public static Tf<Result<T>> Attempt<T>(Tf<T> body) =>
        new Prim<Result<T>>((w, t) =>
        {
            var r = body.Run(w, t);
            return Result<Result<T>>.Ok(r.World, r);
        });

    /// <summary>
    /// A bracket: <paramref name="enter"/> changes the thread context and returns what the body
    /// sees plus a restore function; the restore runs on the world the body leaves, also when it fails.
    /// </summary>
    public static Tf<T> Bracket<S, T>(Enter<S> enter, Func<S, Tf<T>> body) =>
        new Prim<T>((w, t) =>
        {
            var entered = enter(w, t);
            if (entered.Error is not null) return Result<T>.Fail(entered.World, entered.Error);
            var r = body(entered.Value.Value).Run(entered.World, t);
            return r with { World = entered.Value.Restore(r.World) };
        });
}

/// <summary>
/// The entering half of a bracket (a Python context manager's <c>__enter__</c>): the changed world,
/// the value bound by <c>as</c>, and the <c>__exit__</c> that restores what was changed. Brackets
/// and the C# shell's <c>using</c> blocks share these, so both follow one rule.
/// </summary>
public delegate Result<Entered<S>> Enter<S>(World world, ThreadId thread);

/// <summary>What entering a bracket yields: the value for the body and the restore to run on exit.</summary>
public sealed record Entered<S>(S Value, Func<World, World> Restore);

/// <summary>Composition of bracket entries, as nested <c>with</c> statements.</summary>
public static class Enters
{
    /// <summary>Enters <paramref name="outer"/>, then <paramref name="inner"/> inside it; exits in reverse order.</summary>
    public static Enter<B> Nest<A, B>(Enter<A> outer, Func<A, Enter<B>> inner) => (w, t) =>
    {
        var a = outer(w, t);
        if (a.Error is not null) return Result<Entered<B>>.Fail(a.World, a.Error);
        var b = inner(a.Value.Value)(a.World, t);
        if (b.Error is not null) return Result<Entered<B>>.Fail(a.Value.Restore(b.World), b.Error);
        return Result<Entered<B>>.Ok(b.World, new Entered<B>(b.Value.Value, after => a.Value.Restore(b.Value.Restore(after))));
    };

    /// <summary>Runs a step (whose effects stay, as a <c>with</c> statement's argument evaluation), then enters.</summary>
    public static Enter<B> After<A, B>(Tf<A> step, Func<A, Enter<B>> enter) => (w, t) =>
    {
        var a = step.Run(w, t);
        return a.Error is not null ? Result<Entered<B>>.Fail(a.World, a.Error) : enter(a.Value)(a.World, t);
    };

    /// <summary>An entry that fails with <paramref name="error"/> and changes nothing.</summary>
    public static Enter<B> Fail<B>(TfError error) => (w, _) => Result<Entered<B>>.Fail(w, error);
}

// --- The program representation: the program values themselves are the trampoline's nodes. ---

/// <summary>A node of a program: a step that produces a value, or a bind awaiting one.</summary>
public abstract class Node
{
    private protected Node() { }
}

internal interface IStep
{
    (World World, object? Value, TfError? Error) Invoke(World world, ThreadId thread);
}

internal interface IBind
{
    Node Source { get; }
    Node Continue(object? value);
}

internal sealed class Pure<T>(T value) : Tf<T>, IStep
{
    public T Value => value;

    public (World, object?, TfError?) Invoke(World world, ThreadId thread) => (world, value, null);
}

/// <summary>
/// A primitive step as a class of its own: hot primitives (op wrappers) subclass it so that one
/// object holds their arguments, instead of a closure, its delegate and a <see cref="Prim{T}"/>.
/// </summary>
public abstract class Step<T> : Tf<T>, IStep
{
    /// <summary>The transition itself.</summary>
    public abstract Result<T> Transition(World world, ThreadId thread);

    (World, object?, TfError?) IStep.Invoke(World world, ThreadId thread)
    {
        var r = Transition(world, thread);
        return (r.World, Boxes.Box(r.Value), r.Error);
    }
}

internal sealed class Prim<T>(Func<World, ThreadId, Result<T>> step) : Tf<T>, IStep
{
    public Result<T> Step(World world, ThreadId thread) => step(world, thread);

    public (World, object?, TfError?) Invoke(World world, ThreadId thread)
    {
        var r = step(world, thread);
        return (r.World, Boxes.Box(r.Value), r.Error);
    }
}

internal sealed class Bind<A, B>(Tf<A> source, Func<A, Tf<B>> k) : Tf<B>, IBind
{
    public Node Source => source;
    public Node Continue(object? value) => k((A)value!);
}

/// <summary><c>source.Select(f)</c>: applied in place by the trampoline, without a continuation program.</summary>
internal sealed class Mapped<A, B>(Tf<A> source, Func<A, B> f) : Tf<B>, IMap
{
    public Node Source => source;
    public object? Apply(object? value) => Boxes.Box(f((A)value!));
}

/// <summary>Boxing for the trampoline's untyped values, with one shared box for <see cref="Unit"/>.</summary>
internal static class Boxes
{
    private static readonly object UnitBox = Unit.Default;

    public static object? Box<T>(T value) => typeof(T) == typeof(Unit) ? UnitBox : value;
}

internal interface IMap
{
    Node Source { get; }
    object? Apply(object? value);
}

internal static class Trampoline
{
    public static Result<T> Run<T>(Tf<T> program, World world, ThreadId thread)
    {
        // Single steps, the common case inside brackets, run without the continuation stack.
        switch (program)
        {
            case Prim<T> prim: return prim.Step(world, thread);
            case Step<T> step: return step.Transition(world, thread);
            case Pure<T> pure: return Result<T>.Ok(world, pure.Value);
        }
        // The continuation stack is needed only for binds whose source is itself a bind; a bind of
        // a single step (`step.Select(f)`, the usual shape of a wrapper call) continues in place.
        Stack<Node>? continuations = null;
        Node node = program;
        object? value;
        while (true)
        {
            if (node is IBind or IMap)
            {
                var source = node is IBind b ? b.Source : ((IMap)node).Source;
                if (source is IStep first)
                {
                    var (afterFirst, firstValue, firstError) = first.Invoke(world, thread);
                    world = afterFirst;
                    if (firstError is not null) return Result<T>.Fail(world, firstError);
                    if (node is IBind bind) { node = bind.Continue(firstValue); continue; }
                    value = ((IMap)node).Apply(firstValue);
                }
                else
                {
                    (continuations ??= new Stack<Node>()).Push(node);
                    node = source;
                    continue;
                }
            }
            else
            {
                var (next, stepValue, error) = ((IStep)node).Invoke(world, thread);
                world = next;
                if (error is not null) return Result<T>.Fail(world, error);
                value = stepValue;
            }
            // A value is ready: maps waiting on the stack apply in place; a bind continues with a program.
            while (true)
            {
                if (continuations is null || continuations.Count == 0) return Result<T>.Ok(world, (T)value!);
                var waiting = continuations.Pop();
                if (waiting is IMap map) { value = map.Apply(value); continue; }
                node = ((IBind)waiting).Continue(value);
                break;
            }
        }
    }
}
