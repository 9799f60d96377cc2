using ScopeFn.Core.Collections;
using LanguageExt;
using ScopeFn.Core.Errors;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Worlds;

namespace ScopeFn.Core.Scopes;

/// <summary><c>Graph.control_dependencies</c> in graph mode (spec §6).</summary>
public static class ControlDependencies
{
    /// <summary>
    /// <c>with tf.control_dependencies(inputs):</c> on the default graph. <c>null</c> (Python None)
    /// starts a new, empty stack for the block; otherwise each input (an Operation, a Tensor, or a
    /// name) becomes its op, and ops already controlled by an active block are dropped.
    /// On exit the block's controller is popped; outer controllers keep the ops they saw created.
    /// </summary>
    public static Tf<T> With<T>(IReadOnlyList<object>? controlInputs, Tf<T> body) => Tf.Bracket(Enter(controlInputs), _ => body);

    /// <summary>Entering <c>tf.control_dependencies(inputs)</c> on the default graph.</summary>
    public static Enter<Unit> Enter(IReadOnlyList<object>? controlInputs) => (w, t) =>
    {
        // ops.control_dependencies while executing eagerly: a null context manager (eager ops run in order).
        if (Contexts.EagerMode.IsEager(w, t)) return Result.Ok(w, new Entered<Unit>(Unit.Default, x => x));
        var g = DefaultGraph.Get(w, t);
        return EnterInGraph(g.Value, controlInputs)(g.World, t);
    };

    public static Tf<T> InGraph<T>(GraphId graphId, IReadOnlyList<object>? controlInputs, Tf<T> body) =>
        Tf.Bracket(EnterInGraph(graphId, controlInputs), _ => body);

    /// <summary>Entering <c>graph.control_dependencies(inputs)</c>.</summary>
    public static Enter<Unit> EnterInGraph(GraphId graphId, IReadOnlyList<object>? controlInputs) =>
        (w, t) =>
        {
            var state = w.GraphThread(graphId, t);
            if (controlInputs is null)
            {
                var cleared = w.WithGraphThread(graphId, t, state with { ControlDependencies = Seq<ControlDependencyController>.Empty });
                World RestoreOld(World after) =>
                    after.WithGraphThread(graphId, t, after.GraphThread(graphId, t) with { ControlDependencies = state.ControlDependencies });
                return Result.Ok(cleared, new Entered<Unit>(Unit.Default, RestoreOld));
            }
            var graph = w.Graph(graphId);
            var ops = new List<int>();
            foreach (var input in controlInputs)
            {
                var element = GraphLookups.AsGraphElement(graph, input, allowTensor: true, allowOperation: true);
                if (element.IsLeft) return Result.Fail<Entered<Unit>>(w, (TfError)element);
                var op = element.Match(Right: x => (object?)x, Left: _ => null) switch
                {
                    Tensor tensor => graph.Op(tensor.OpId),
                    Operation o => o,
                    _ => null,
                };
                if (op is null) return Result.Fail<Entered<Unit>>(w, new TypeError($"Control input must be Operation or Tensor: {element}"));
                var already = ops.Contains(op.Id) || state.ControlDependencies.Exists(c => c.ControlOps.Exists(x => x == op.Id));
                if (!already) ops.Add(op.Id);
            }
            var controller = new ControlDependencyController(ops.ToSeq(), PersistentSet<int>.Empty);
            var pushed = w.WithGraphThread(graphId, t, state with { ControlDependencies = state.ControlDependencies.Add(controller) });
            World Pop(World after)
            {
                var now = after.GraphThread(graphId, t);
                return after.WithGraphThread(graphId, t, now with { ControlDependencies = now.ControlDependencies.Init });
            }
            return Result.Ok(pushed, new Entered<Unit>(Unit.Default, Pop));
        };

    /// <summary>
    /// ops.py <c>_control_dependencies_for_inputs</c>: outer controllers first; a controller adds
    /// nothing when one of the new op's input ops was created inside its block, and never adds an
    /// op that is already a data input.
    /// </summary>
    public static EquatableArray<int> For(Seq<ControlDependencyController> controllers, IReadOnlyCollection<int> inputOps)
    {
        var result = new List<int>();
        foreach (var controller in controllers)
        {
            if (inputOps.Any(controller.CreatedInside.Contains)) continue;
            result.AddRange(controller.ControlOps.Filter(c => !inputOps.Contains(c)));
        }
        return result.ToArray();
    }

    /// <summary>ops.py <c>_record_op_seen_by_control_dependencies</c>.</summary>
    public static Seq<ControlDependencyController> Record(Seq<ControlDependencyController> controllers, int opId) =>
        controllers.IsEmpty ? controllers : controllers.Map(c => c with { CreatedInside = c.CreatedInside.Add(opId) });
}
