using ScopeFn.Core.Errors;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Worlds;
using ScopeFn.Interpreter.Arrays;
using ScopeFn.Interpreter.Evaluation;

namespace ScopeFn.Interpreter.Session;

/// <summary>
/// <c>BaseSession._run</c> as a pure function: the Python-level checks in TF's order (empty graph,
/// then each feed: key lookup, Tensor values, numpy conversion, shape compatibility; then the fetch
/// structure), the evaluation, TF's interpolation of runtime errors, and the result rebuilt in the
/// fetches' shape.
/// </summary>
public static class SessionRun
{
    public static SessionRunResult Run(
        World world, GraphId graphId, SessionState state, object? fetches, IEnumerable<KeyValuePair<object, object?>>? feedDict,
        KernelTable? kernels = null, MemoryBudget? budget = null)
    {
        var graph = world.Graph(graphId);
        if (graph.LastId == 0)
            return SessionRunResult.Fail(state, new RuntimeError("The Session graph is empty. Add operations to the graph before calling run()."));

        using var _ = budget is null ? null : MemoryBudget.Use(budget);
        var feeds = new Dictionary<Tensor, NdArray>();
        foreach (var (key, value) in feedDict ?? [])
        {
            var (tensor, array, error) = Feed(graph, key, value);
            if (error is not null) return SessionRunResult.Fail(state, error);
            feeds[tensor!] = array!;
        }

        var (mapper, fetchError) = FetchMapper.For(graph, fetches);
        if (fetchError is not null) return SessionRunResult.Fail(state, fetchError);
        if (Unfetchable(graph, mapper!.Leaves()) is { } unfetchable) return SessionRunResult.Fail(state, unfetchable);

        var run = Evaluator.Run(world, graphId, state, feeds, mapper!.Leaves().ToList(), kernels);
        if (run.Error is { } runError)
        {
            var raised = runError is OpError op ? op with { Message = ErrorInterpolation.InterpolateGraph(op.Message, graph) } : runError;
            return new SessionRunResult(null, run.State, run.Executed, raised);
        }
        return new SessionRunResult(mapper.Build(run.Values.Cast<object?>().ToList()), run.State, run.Executed, null);
    }

    /// <summary>_FetchHandler's <c>_assert_fetchable</c> over the unique fetches, in order.</summary>
    private static TfError? Unfetchable(Graph graph, IEnumerable<GraphElement> fetches)
    {
        foreach (var fetch in fetches)
        {
            var opId = fetch switch
            {
                GraphElement.OfTensor t => t.Tensor.OpId,
                GraphElement.OfOperation o => o.Operation.Id,
                _ => 0,
            };
            if (opId > 0 && !graph.IsFetchable(opId))
                return new InaccessibleTensorError(
                    $"Operation {graph.Op(opId).Name} has been marked as not fetchable. Typically this happens when it is defined in another " +
                    "function or code block. Use return values, explicit Python locals or TensorFlow collections to access it.");
        }
        return null;
    }

    /// <summary>One <c>feed_dict</c> entry, checked and converted as session.py does.</summary>
    private static (Tensor? Tensor, NdArray? Value, TfError? Error) Feed(Graph graph, object key, object? value)
    {
        var found = GraphLookups.AsGraphElement(graph, key, allowTensor: true, allowOperation: false);
        if (found.IsLeft) return (null, null, new TypeError("Cannot interpret feed_dict key as Tensor: " + ((TfError)found).Message));
        var tensor = (Tensor)found.Match(Right: r => r, Left: _ => (object)null!);
        if (value is Tensor)
            return (null, null, new TypeError(
                "The value of a feed cannot be a tf.Tensor object. Acceptable feed values include Python scalars, strings, lists, numpy ndarrays, or TensorHandles. " +
                $"For reference, the tensor object was {PyText.Str(value)} which was passed to the argument `feed_dict` with key {PyText.Str(key)}."));
        var (array, conversion) = FeedConversion.ToArray(value, tensor.DType);
        if (conversion is not null) return (null, null, conversion);
        if (!tensor.Shape.IsCompatibleWith(array!.TensorShape))
            return (null, null, new ValueError($"Cannot feed value of shape {array.TensorShape} for Tensor {tensor.Name}, which has shape {tensor.Shape}"));
        return (tensor, array, null);
    }
}
