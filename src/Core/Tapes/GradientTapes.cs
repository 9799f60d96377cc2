using LanguageExt;
using ScopeFn.Core.Errors;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Worlds;

namespace ScopeFn.Core.Tapes;

/// <summary>
/// What gradient tapes record (tf-semantics.md §9): a tape on the thread's stack records every op
/// created while recording is not stopped and one of whose inputs it watches; the op's outputs
/// are then watched too. Values and gradients come with the interpreter.
/// </summary>
public static class GradientTapes
{
    /// <summary><c>tf.GradientTape(persistent=False, watch_accessed_variables=True)</c>: a new tape object.</summary>
    public static Tf<TapeId> New(bool persistent = false, bool watchAccessedVariables = true) => Tf.Of<TapeId>(w =>
    {
        var id = new TapeId(w.LastTapeId + 1);
        var next = w with { LastTapeId = id.Value, Tapes = w.Tapes.SetItem(id, new Tape(id, persistent, watchAccessedVariables)) };
        return Result.Ok(next, id);
    });

    /// <summary><c>with tape:</c> pushes the tape (an error when it is already recording); exit pops it if still there.</summary>
    public static Tf<T> Recording<T>(TapeId tape, Tf<T> body) => Tf.Bracket(Enter(tape), _ => body);

    public static Enter<TapeId> Enter(TapeId tape) => (w, t) =>
    {
        var context = w.Thread(t);
        if (context.TapeStack.Exists(x => x == tape))
            return Result.Fail<Entered<TapeId>>(w, new ValueError("Tape is still recording, This can happen if you try to re-enter an already-active tape."));
        var next = w.WithThread(context with { TapeStack = context.TapeStack.Add(tape) });
        next = next with { Tapes = next.Tapes.SetItem(tape, next.Tapes[tape] with { Created = true }) };
        World Exit(World after)
        {
            var now = after.Thread(t);
            return now.TapeStack.Exists(x => x == tape)
                ? after.WithThread(now with { TapeStack = now.TapeStack.Filter(x => x != tape) })
                : after;
        }
        return Result.Ok(next, new Entered<TapeId>(tape, Exit));
    };

    /// <summary><c>tape.watch(tensors)</c>.</summary>
    public static Tf<Unit> Watch(TapeId tape, IEnumerable<Tensor> tensors) => Tf.Of<Unit>(w =>
    {
        var value = w.Tapes[tape];
        var watched = tensors.Aggregate(value.Watched, (set, x) => set.Add(x));
        return Result.Ok(w with { Tapes = w.Tapes.SetItem(tape, value with { Watched = watched }) });
    });

    /// <summary>
    /// Module-level <c>stop_recording()</c> (record.py), as init_scope uses it: pauses every tape
    /// of the thread; on exit clears the flag only if this scope set it, so nesting is safe.
    /// </summary>
    public static Enter<Unit> EnterStopRecording { get; } = (w, t) =>
    {
        var context = w.Thread(t);
        if (context.RecordingStopped) return Result.Ok(w, new Entered<Unit>(Unit.Default, x => x));
        World Exit(World after) => after.WithThread(after.Thread(t) with { RecordingStopped = false });
        return Result.Ok(w.WithThread(context with { RecordingStopped = true }), new Entered<Unit>(Unit.Default, Exit));
    };

    public static Tf<T> StopRecording<T>(Tf<T> body) => Tf.Bracket(EnterStopRecording, _ => body);

    /// <summary>
    /// <c>tape.stop_recording()</c>: takes this tape off the stack for the block and puts it back
    /// after; a tape that is not recording cannot be stopped.
    /// </summary>
    public static Tf<T> StopRecordingTape<T>(TapeId tape, Tf<T> body) => Tf.Bracket(EnterStopRecordingTape(tape), _ => body);

    /// <summary>Entering <c>tape.stop_recording()</c>.</summary>
    public static Enter<Unit> EnterStopRecordingTape(TapeId tape) => (w, t) =>
    {
        var context = w.Thread(t);
        if (!context.TapeStack.Exists(x => x == tape))
            return Result.Fail<Entered<Unit>>(w, new RuntimeError("Trying to stop recording a tape which is not recording."));
        World Exit(World after)
        {
            var now = after.Thread(t);
            return after.WithThread(now with { TapeStack = now.TapeStack.Add(tape) });
        }
        return Result.Ok(w.WithThread(context with { TapeStack = context.TapeStack.Filter(x => x != tape) }), new Entered<Unit>(Unit.Default, Exit));
    };

    /// <summary>
    /// Records a newly created op on every active tape that watches one of its inputs. A
    /// ReadVariableOp of a trainable variable is watched first when the tape watches accessed
    /// variables (resource_variable_ops <c>variable_accessed</c>).
    /// </summary>
    internal static World Record(World world, ThreadId thread, Operation op)
    {
        var context = world.Thread(thread);
        if (context.TapeStack.IsEmpty || context.RecordingStopped || op.Inputs.IsEmpty) return world;
        foreach (var id in context.TapeStack)
        {
            var tape = world.Tapes[id];
            if (tape.WatchAccessedVariables && op.Type == "ReadVariableOp" && !tape.IsWatched(op.Inputs[0]) && IsTrainableHandle(world, op.Inputs[0]))
                tape = tape with { Watched = tape.Watched.Add(op.Inputs[0]) };
            if (!op.Inputs.Any(tape.IsWatched))
            {
                // Only a newly watched variable changes the tape; an untouched tape keeps the world as it was.
                if (!ReferenceEquals(tape, world.Tapes[id])) world = world with { Tapes = world.Tapes.SetItem(id, tape) };
                continue;
            }
            var watched = op.Outputs.Aggregate(tape.Watched, (set, x) => set.Add(x));
            var scope = ForwardScope(world.GraphThread(op.Graph, thread).NameStack, op);
            world = world with { Tapes = world.Tapes.SetItem(id, tape with
            {
                Watched = watched,
                Recorded = tape.Recorded.Add((op.Graph, op.Id)),
                ForwardScopes = tape.ForwardScopes.SetItem((op.Graph, op.Id), scope),
            }) };
        }
        return world;
    }

    /// <summary>
    /// TF records after the generated wrapper left its own <c>name_scope(op type)</c>; when the
    /// stack at creation is that scope (its last part is the op's own name, spelled as its type),
    /// the recorded scope is the one outside it.
    /// </summary>
    private static string ForwardScope(string stack, Operation op)
    {
        if (stack != op.Name) return stack;
        var slash = stack.LastIndexOf('/');
        var leaf = slash < 0 ? stack : stack[(slash + 1)..];
        var baseName = leaf.Contains('_') && int.TryParse(leaf[(leaf.LastIndexOf('_') + 1)..], out _) ? leaf[..leaf.LastIndexOf('_')] : leaf;
        return baseName == op.Type ? (slash < 0 ? "" : stack[..slash]) : stack;
    }

    internal static bool IsTrainableHandle(World world, Tensor handle) => Eager.EagerContext.IsEager(handle)
        ? world.Eager.TrainableHandles.Contains(handle.OpId)
        : world.Graph(handle.Graph).Collections.Get(Graphs.GraphKeys.TrainableVariables)
            .Any(v => v is Variables.Variable variable && variable.Handle.OpId == handle.OpId && variable.Handle.Graph == handle.Graph);
}
