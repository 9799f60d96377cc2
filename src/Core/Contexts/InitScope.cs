using ScopeFn.Core.Errors;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Scopes;
using ScopeFn.Core.Tapes;
using ScopeFn.Core.Worlds;

namespace ScopeFn.Core.Contexts;

/// <summary>
/// <c>tf.init_scope()</c> (ops.py <c>init_scope</c> and <c>_get_outer_context_and_inner_device_stack</c>;
/// tf-semantics.md §7): a pure rebasing of the thread's context. While executing eagerly it only
/// pauses the tapes. Otherwise the body runs in the outermost context on the thread's
/// context-switch log that is not building a function — a graph made default, or eager mode —
/// with the current name scope re-entered there absolutely, no control dependencies and the
/// innermost non-empty device stack (<see cref="Devices.InitScopeDevices"/>); on exit
/// the thread's context is as it was, and what the body added to the outer graph stays.
/// The entered value is the outer graph, or null when the body executes eagerly.
/// </summary>
public static class InitScope
{
    public static Tf<T> With<T>(Tf<T> body) => Tf.Bracket(Enter, _ => body);

    /// <summary>Entering <c>init_scope()</c>: the outer context, the name scope, no control dependencies, tapes paused.</summary>
    public static Enter<GraphId?> Enter { get; } = (w, t) =>
    {
        if (EagerMode.IsEager(w, t))
            return Enters.Nest(GradientTapes.EnterStopRecording, _ => Done(null))(w, t);
        var current = DefaultGraph.Get(w, t);
        w = current.World;
        var scope = w.GraphThread(current.Value, t).NameStack;
        if (scope.Length > 0 && !scope.EndsWith('/')) scope += "/";
        var devices = Devices.InitScopeDevices.Innermost(w, t, current.Value);
        var outer = OuterContext(w, t);
        if (outer.Error is not null) return Result.Fail<Entered<GraphId?>>(outer.World, outer.Error);
        if (outer.Value is not { } graph)
            // Lifted to eager: name_scope(scope) in eager sets the thread's scope_name to exactly
            // `scope` ("" resets it); control_dependencies(None) is a no-op while eager.
            return Enters.Nest(EagerMode.EnterEager, _ =>
                Enters.Nest(EagerNameScope.Enter(scope), _ =>
                    Enters.Nest(GradientTapes.EnterStopRecording, _ =>
                        Enters.Nest(Devices.InitScopeDevices.EnterEager(devices), _ => Done(null)))))(outer.World, t);
        var enter = Enters.Nest(DefaultGraph.EnterAsDefault(graph), _ =>
            Enters.Nest(NameScope.EnterInGraph(graph, scope), _ =>
                Enters.Nest(ControlDependencies.EnterInGraph(graph, null), _ =>
                    Enters.Nest(GradientTapes.EnterStopRecording, _ =>
                        Enters.Nest(Devices.InitScopeDevices.EnterInGraph(graph, devices), _ => Done(graph))))));
        return enter(outer.World, t);
    };

    private static Enter<GraphId?> Done(GraphId? value) => (w, _) => Result.Ok(w, new Entered<GraphId?>(value, x => x));

    /// <summary>
    /// The context init_scope enters (null for eager): with no <c>as_default</c> active, the
    /// thread's global default graph (an error when it is building a function); otherwise the
    /// newest entry of the context-switch log not building a function — counting the eager entry
    /// a thread's log starts with when eager is the process default — else the global default graph.
    /// </summary>
    public static Result<GraphId?> OuterContext(World w, ThreadId t)
    {
        var context = w.Thread(t);
        if (context.DefaultGraphStack.IsEmpty)
        {
            var global = DefaultGraph.Global(w, t);
            return global.World.Graph(global.Value).BuildingFunction
                ? Result.Fail<GraphId?>(global.World, new RuntimeError("The global graph is building a function."))
                : Result.Ok<GraphId?>(global.World, global.Value);
        }
        foreach (var entry in context.ContextSwitches.Reverse())
            if (!entry.IsBuildingFunction)
                return Result.Ok(w, entry.Graph);
        if (w.Eager.DefaultEager) return Result.Ok<GraphId?>(w, null);
        var fallback = DefaultGraph.Global(w, t);
        return Result.Ok<GraphId?>(fallback.World, fallback.Value);
    }
}
