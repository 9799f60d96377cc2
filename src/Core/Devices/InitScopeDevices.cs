using LanguageExt;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Worlds;

namespace ScopeFn.Core.Devices;

/// <summary>
/// The device part of <c>init_scope</c> (ops.py <c>_get_outer_context_and_inner_device_stack</c>
/// and <c>init_scope</c>): the innermost non-empty device stack goes with the lifted ops — into an
/// outer graph as that graph's stack for the duration, into eager as the first plain device
/// string of that stack (a <c>device(None)</c> entry ends the search; functions are skipped).
/// </summary>
public static class InitScopeDevices
{
    /// <summary>
    /// The default graph's device stack; when it is empty and graphs are entered, the first
    /// non-empty stack walking the context-switch log down to (and including) the entry init_scope
    /// lifts into. A graph entry's stack is that graph's stack on this thread; eager entries have none.
    /// </summary>
    public static Seq<DeviceScope> Innermost(World w, ThreadId t, GraphId defaultGraph)
    {
        var stack = w.GraphThread(defaultGraph, t).DeviceStack;
        var context = w.Thread(t);
        if (context.DefaultGraphStack.IsEmpty) return stack;
        foreach (var entry in context.ContextSwitches.Reverse())
        {
            if (stack.IsEmpty && entry.Graph is { } g) stack = w.GraphThread(g, t).DeviceStack;
            if (!entry.IsBuildingFunction) break;
        }
        return stack;
    }

    /// <summary>Lifting into a graph: its device stack on this thread is <paramref name="stack"/> until exit.</summary>
    public static Enter<Unit> EnterInGraph(GraphId graph, Seq<DeviceScope> stack) => (w, t) =>
    {
        var state = w.GraphThread(graph, t);
        var before = state.DeviceStack;
        World Restore(World after) => after.WithGraphThread(graph, t, after.GraphThread(graph, t) with { DeviceStack = before });
        return Result.Ok(w.WithGraphThread(graph, t, state with { DeviceStack = stack }), new Entered<Unit>(Unit.Default, Restore));
    };

    /// <summary>Lifting into eager: <c>context.device</c> of the innermost plain device string, if any before a <c>device(None)</c>.</summary>
    public static Enter<Unit> EnterEager(Seq<DeviceScope> stack)
    {
        for (var i = stack.Count - 1; i >= 0; i--)
        {
            if (stack[i] is DeviceScope.Clear) break;
            if (stack[i] is DeviceScope.Merge { RawString: { Length: > 0 } raw }) return Devices.EnterEager(raw);
        }
        return (w, _) => Result.Ok(w, new Entered<Unit>(Unit.Default, x => x));
    }
}
