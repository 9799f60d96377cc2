using LanguageExt;
using ScopeFn.Core.Contexts;
using ScopeFn.Core.Errors;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Scopes;
using ScopeFn.Core.Worlds;

namespace ScopeFn.Core.Devices;

/// <summary>
/// The <c>device</c> blocks: <c>Graph.device</c> (push on the thread's device stack of a graph),
/// the eager context's <c>device</c>, and ops.py's <c>device</c> / <c>device_v2</c>, which choose
/// between them by execution mode. Each bracket restores exactly the state it changed.
/// </summary>
public static class Devices
{
    /// <summary>context.py <c>_context_devices[0]</c>: the first device of the local eager context (CPU-only).</summary>
    public const string LocalCpu = "/job:localhost/replica:0/task:0/device:CPU:0";

    /// <summary><c>Graph.device(device_name_or_function)</c>: the entry is pushed on this thread's stack of <paramref name="graph"/>.</summary>
    public static Enter<Unit> EnterInGraph(GraphId graph, DeviceScope scope) => (w, t) =>
    {
        var state = w.GraphThread(graph, t);
        var before = state.DeviceStack;
        World Restore(World after) => after.WithGraphThread(graph, t, after.GraphThread(graph, t) with { DeviceStack = before });
        return Result.Ok(w.WithGraphThread(graph, t, state with { DeviceStack = before.Add(scope) }), new Entered<Unit>(Unit.Default, Restore));
    };

    /// <summary>
    /// context.py <c>_EagerDeviceContext</c>: the new device is the parsed name merged over the
    /// current eager device (over the context's first device when none is set); None clears it.
    /// </summary>
    public static Enter<Unit> EnterEager(string? name) => (w, t) =>
    {
        var context = w.Thread(t);
        var before = context.EagerDevice;
        DeviceSpec next;
        if (name is null) next = DeviceSpec.Empty;
        else
        {
            var parsed = DeviceSpec.FromString(name);
            if (parsed.IsLeft) return Result.Fail<Entered<Unit>>(w, (TfError)parsed);
            var start = before.Equals(DeviceSpec.Empty) ? (DeviceSpec)DeviceSpec.FromString(LocalCpu) : before;
            next = start.MergedWith((DeviceSpec)parsed);
        }
        World Restore(World after) => after.WithThread(after.Thread(t) with { EagerDevice = before });
        return Result.Ok(w.WithThread(context with { EagerDevice = next }), new Entered<Unit>(Unit.Default, Restore));
    };

    /// <summary>
    /// ops.py <c>device(device_name_or_function)</c> (<c>tf.compat.v1.device</c>): while eager, the
    /// eager device (functions refused); in a graph when the outer context is eager (a
    /// tf.function being traced), the graph's device stack and, for non-functions, the eager
    /// device too; otherwise the default graph's device stack.
    /// </summary>
    public static Enter<Unit> Enter(DeviceScope scope) => (w, t) =>
    {
        if (EagerMode.IsEager(w, t))
            return EagerName(scope) is { } name
                ? EnterEager(name.Value)(w, t)
                : Result.Fail<Entered<Unit>>(w, new RuntimeError("tf.device does not support functions when eager execution is enabled."));
        var outsideEager = EagerMode.ExecutingEagerlyOutsideFunctions.Run(w, t);
        if (outsideEager.Error is not null) return Result.Fail<Entered<Unit>>(outsideEager.World, outsideEager.Error);
        var graph = DefaultGraph.Get(outsideEager.World, t);
        var inGraph = EnterInGraph(graph.Value, scope);
        var enter = outsideEager.Value && EagerName(scope) is { } eager
            ? Enters.Nest(inGraph, _ => EnterEager(eager.Value))
            : inGraph;
        return enter(graph.World, t);
    };

    /// <summary>ops.py <c>device_v2</c> (<c>tf.device</c>): functions are refused before anything else.</summary>
    public static Enter<Unit> EnterV2(DeviceScope scope) =>
        scope.IsCallable
            ? Enters.Fail<Unit>(new RuntimeError("tf.device does not support functions."))
            : Enter(scope);

    /// <summary>
    /// What <c>context.device</c> receives for this entry: the string (a DeviceSpec's canonical
    /// string), None for <see cref="DeviceScope.Clear"/>; null (no eager device) for callables.
    /// </summary>
    private static Box? EagerName(DeviceScope scope) => scope switch
    {
        DeviceScope.Clear => new Box(null),
        DeviceScope.Merge { RawString: { } raw } => new Box(raw),
        _ => null,
    };

    private sealed record Box(string? Value);

    /// <summary><c>tf.device</c> around a body.</summary>
    public static Tf<T> With<T>(DeviceScope scope, Tf<T> body) => Tf.Bracket(EnterV2(scope), _ => body);
}
