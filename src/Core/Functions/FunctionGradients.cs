using LanguageExt;
using ScopeFn.Core.Contexts;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Ops;
using ScopeFn.Core.Scopes;
using ScopeFn.Core.Types;
using ScopeFn.Core.Worlds;
using GradientsUtil = ScopeFn.Core.Gradients.Gradients;

namespace ScopeFn.Core.Functions;

/// <summary>
/// Forward and backward functions of a concrete function (concrete_function.py
/// <c>_DelayedRewriteGradientFunctions._construct_forward_backward</c>,
/// <c>_TapeGradientFunctions._build_functions_for_outputs</c>,
/// <c>_create_forward_backward_with_graph</c>). The backward FuncGraph
/// <c>__backward_&lt;graph name&gt;_&lt;uid&gt;</c> holds one placeholder per trainable output
/// gradient and <c>_GradientsHelper(trainable outputs, func_graph.inputs, grad_ys=placeholders,
/// src_graph=func_graph)</c>; forward tensors it uses are captured and appended to the forward
/// graph's outputs (side outputs). Then, in this uid order, the forward function
/// <c>__forward_&lt;graph name&gt;_&lt;uid&gt;</c> (the same graph with the side outputs) and the
/// backward concrete function <c>__inference___backward_&lt;graph name&gt;_&lt;uid&gt;_&lt;uid&gt;</c>.
/// </summary>
public static class FunctionGradients
{
    /// <summary><c>_DelayedRewriteGradientFunctions.forward_backward(num_doutputs)</c>, cached per count.</summary>
    public static Tf<GradientPair> Delayed(int inference, int numDOutputs) =>
        Cached(inference,
            c => c.DelayedPairs.Find(numDOutputs).MatchUnsafe(x => (GradientPair?)x, () => null),
            _ => Build(inference, numDOutputs, tape: false),
            (c, built) => c with { DelayedPairs = c.DelayedPairs.AddOrUpdate(numDOutputs, built) });

    /// <summary>
    /// <c>_FirstOrderTapeGradientFunctions.forward</c>: gradients for the outputs the graph had
    /// when the tape functions were made (<c>_num_inference_outputs</c>), built once.
    /// </summary>
    public static Tf<GradientPair> FirstOrder(int inference) =>
        Cached(inference,
            c => c.FirstOrderPair,
            c => from count in Tf.Read((w, _) => GraphOutputs(w, c).Count)
                 from built in Build(inference, count, tape: true)
                 select built,
            (c, built) => c with { FirstOrderPair = built });

    /// <summary>
    /// <c>_HigherOrderTapeGradientFunctions._forward_and_backward_functions</c>: rebuild while new
    /// trainable side outputs appear, so the backward function also takes their gradients; then
    /// once more for the stable output list. Every build consumes its own uids, as in TF.
    /// </summary>
    public static Tf<GradientPair> HigherOrder(int inference) =>
        Cached(inference,
            c => c.HigherOrderPair,
            _ => Converge(inference, 0),
            (c, built) => c with { HigherOrderPair = built });

    /// <summary>The concrete function's pair if it already has one; otherwise built and kept on it.</summary>
    private static Tf<GradientPair> Cached(int inference, Func<ConcreteFunction, GradientPair?> cached,
        Func<ConcreteFunction, Tf<GradientPair>> build, Func<ConcreteFunction, GradientPair, ConcreteFunction> keep) =>
        from c in Tf.Read((w, _) => w.Functions.Concrete(inference))
        from pair in cached(c) is { } hit
            ? Tf.Pure(hit)
            : from built in build(c)
              from _ in Update(inference, x => keep(x, built))
              select built
        select pair;

    private static Tf<GradientPair> Converge(int inference, int count) =>
        from outputs in Tf.Read((w, _) => GraphOutputs(w, w.Functions.Concrete(inference)))
        from pair in count < outputs.Count && outputs.Skip(count).Any(o => GradientsUtil.IsTrainable(o.DType))
            ? from _ in Build(inference, outputs.Count, tape: true) from next in Converge(inference, outputs.Count) select next
            : Build(inference, count, tape: true)
        select pair;

    /// <summary><c>self._func_graph.outputs</c> now (the inference outputs, then side outputs added so far).</summary>
    public static IReadOnlyList<Tensor> GraphOutputs(World w, ConcreteFunction c) =>
        w.Functions.FuncGraph(c.Graph) is { Outputs.IsEmpty: false } info ? info.Outputs.ToList() : c.Outputs.ToList();

    private static Tf<Unit> Update(int concrete, Func<ConcreteFunction, ConcreteFunction> change) =>
        Tf.Of(w => Result.Ok(w with { Functions = w.Functions.With(change(w.Functions.Concrete(concrete))) }));

    private sealed record Backward(GraphId Graph, IReadOnlyList<Tensor> Inputs, IReadOnlyList<Tensor?> Grads, IReadOnlyList<Tensor> Outputs);

    /// <summary>One forward/backward pair for the first <paramref name="count"/> outputs of the function graph.</summary>
    private static Tf<GradientPair> Build(int inference, int count, bool tape) =>
        from c in Tf.Read((w, _) => w.Functions.Concrete(inference))
        from info in Tf.Read((w, _) => w.Functions.FuncGraph(c.Graph)!)
        from outputs in Tf.Read((w, _) => GraphOutputs(w, c))
        let trainable = outputs.Take(count).Where(o => GradientsUtil.IsTrainable(o.DType)).ToList()
        from uid in NextUid
        let name = $"__backward_{info.Name}_{uid}"
        // The delayed rewrite builds its backward graph with the forward graph as default (its outer graph).
        from g in tape ? FuncGraphs.Named(name) : DefaultGraph.AsDefault(c.Graph, FuncGraphs.Named(name))
        from backward in DefaultGraph.AsDefault(g, BackwardBody(g, c, trainable, tape))
        from _ in AddSideOutputs(c, g)
        from forwardUid in NextUid
        from backwardUid in NextUid
        from pair in Register(c, backward, $"__forward_{info.Name}_{forwardUid}", $"__inference_{name}_{backwardUid}", count, tape)
        select pair;

    private static Tf<long> NextUid { get; } = Tf.Of<long>(w =>
    {
        var (next, uid) = Uids.Next(w);
        return Result.Ok(next, uid);
    });

    /// <summary>
    /// The backward graph's body: a placeholder per trainable output (<c>graph_placeholder</c>, so
    /// named <c>Placeholder</c>, <c>Placeholder_1</c>, …), the gradients of those outputs with respect
    /// to <c>func_graph.inputs</c>, and as outputs the gradients that are not None — passed through
    /// <c>Identity</c> when the graph comes from <c>func_graph_from_py_func</c> (the delayed rewrite).
    /// </summary>
    private static Tf<Backward> BackwardBody(GraphId g, ConcreteFunction c, IReadOnlyList<Tensor> trainable, bool tape) =>
        from placeholders in Tf.Sequence(trainable.Select(o => Tf.Of<Tensor>((w, t) =>
            Captures.Placeholder(w, t, g, o.DType, o.Shape, "Placeholder"))))
        from grads in trainable.Count == 0
            ? Tf.Pure<IReadOnlyList<Tensor?>>(c.GraphInputs.Select(_ => (Tensor?)null).ToList())
            : GradientsUtil.Build(trainable.Cast<object>().ToList(), c.GraphInputs.Cast<object>().ToList(), placeholders.Cast<object?>().ToList())
        from returned in Tf.Sequence(grads.Select(x => x is null ? Tf.Pure<Tensor?>(null) : tape ? Tf.Pure<Tensor?>(x) : ArrayOps.Identity(x).Select(i => (Tensor?)i)))
        select new Backward(g, placeholders, returned, returned.Where(x => x is not null).Cast<Tensor>().ToList());

    /// <summary>Forward tensors the backward graph captured become outputs of the forward graph, once each.</summary>
    private static Tf<Unit> AddSideOutputs(ConcreteFunction c, GraphId backward) => Tf.Of(w =>
    {
        var info = w.Functions.FuncGraph(c.Graph)!;
        var outputs = info.Outputs.IsEmpty ? c.Outputs.ToSeq() : info.Outputs;
        foreach (var capture in w.Functions.FuncGraph(backward)!.Captures)
            if (capture.External.Graph == c.Graph && !outputs.Exists(o => SameTensor(o, capture.External)))
                outputs = outputs.Add(capture.External);
        return Result.Ok(w with { Functions = w.Functions.With(c.Graph, info with { Outputs = outputs }) });
    });

    internal static bool SameTensor(Tensor a, Tensor b) => a.Graph == b.Graph && a.OpId == b.OpId && a.Index == b.Index;

    private static Tf<GradientPair> Register(ConcreteFunction c, Backward b, string forwardName, string backwardName, int count, bool tape) => Tf.Of(w =>
    {
        var fs = w.Functions;
        var graphInfo = fs.FuncGraph(b.Graph)!;
        var backwardId = fs.LastConcreteId + 1;
        var forwardId = backwardId + 1;
        var pair = new GradientPair(c.Id, forwardId, backwardId, count, tape);
        var stateful = w.Graph(b.Graph).Ops.Exists(op => FunctionOpDefs.Stateful.Contains(op.Type));
        var structured = new OutputSequence(true, b.Grads.Cast<object?>().ToArray());
        var signature = b.Inputs.Select(i => (TraceType)new TensorType(i.DType, i.Shape, null)).ToArray();
        var backward = new ConcreteFunction(backwardId, null, backwardName, b.Graph, signature, b.Inputs.ToArray(),
            graphInfo.Captures.ToArray(), b.Outputs.ToArray(), structured, stateful);
        var outputs = fs.FuncGraph(c.Graph)!.Outputs;
        var forward = new ConcreteFunction(forwardId, c.FunctionId, forwardName, c.Graph, c.Signature, c.Inputs, c.Captures,
            outputs.ToArray(), c.StructuredOutputs, c.IsStateful) { ForwardOf = pair };
        fs = fs.With(backward).With(forward).With(b.Graph, graphInfo with { Outputs = b.Outputs.ToSeq() }) with { LastConcreteId = forwardId };
        return Result.Ok(w with { Functions = fs }, pair);
    });
}
