using ScopeFn.Core.Errors;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Ops;
using ScopeFn.Core.Scopes;
using ScopeFn.Core.Types;
using ScopeFn.Core.Variables;
using ScopeFn.Core.Worlds;

namespace ScopeFn.Core.Gradients;

/// <summary>
/// <c>tf.gradients</c> in graph mode (gradients_util.py <c>_GradientsHelper</c>): inside
/// <c>name_scope(name, "gradients")</c>, default output gradients (<c>grad_ys_i</c>), the ops between
/// xs and ys with their pending counts, then ops in ready order — gradients of each output summed
/// with AddN, the op's gradient function run in <c>&lt;op name&gt;_grad</c>, results given the
/// inputs' static shapes. Sources with no path get None (or zeros, built after the scope).
/// </summary>
public static class Gradients
{
    /// <param name="ys">targets: tensors (or values converted to tensors)</param>
    /// <param name="xs">sources: tensors or variables (a variable's handle / ref tensor is the source)</param>
    public static Tf<IReadOnlyList<Tensor?>> Build(
        IReadOnlyList<object> ys, IReadOnlyList<object> xs, IReadOnlyList<object?>? gradYs = null, string? name = "gradients",
        IReadOnlyList<object>? stopGradients = null, UnconnectedGradients unconnected = UnconnectedGradients.None)
    {
        var stops = stopGradients ?? [];
        var grads = gradYs ?? Enumerable.Repeat<object?>(null, ys.Count).ToList();
        var values = ys.Concat(xs).Concat(stops).Concat(grads.Where(g => g is not null).Cast<object>())
            .Select(v => v is Variable variable ? variable.Handle : v).ToList();
        return from sources in NameScope.V1(name, "gradients", values, _ => Body(ys, xs, grads, stops))
               from result in Tf.Sequence(sources.Xs.Select(x => Final(sources.Grads, x, unconnected)))
               select result;
    }

    private sealed record Outcome(IReadOnlyList<Tensor> Xs, IReadOnlyDictionary<int, Tensor?[]> Grads);

    private static Tf<Outcome> Body(IReadOnlyList<object> ys, IReadOnlyList<object> xs, IReadOnlyList<object?> gradYs, IReadOnlyList<object> stops) =>
        from _ in MarkUid
        from yts in Tf.Sequence(ys.Select((y, i) => Ops.Convert.ToTensor(ValueOf(y), name: $"y_{i}")))
        from xts in Tf.Sequence(xs.Select((x, i) => Ops.Convert.ToTensor(x is Variable v ? v.Handle : x, name: $"x_{i}")))
        from initial in DefaultGradYs(gradYs, yts)
        from stopTensors in Tf.Sequence(stops.Select(s => Ops.Convert.ToTensor(ValueOf(s))))
        from outcome in Tf.Of<Outcome>((w, t) => Backprop(w, t, yts, xts, initial, stopTensors))
        select outcome;

    private static object ValueOf(object v) => v is Variable variable ? variable.Value : v;

    /// <summary><c>ops.get_default_graph().unique_name("uid")</c>: the name is consumed in the gradients scope.</summary>
    private static readonly Tf<LanguageExt.Unit> MarkUid = Tf.Of<LanguageExt.Unit>((w, t) =>
    {
        var g = DefaultGraph.Get(w, t);
        var graph = g.World.Graph(g.Value);
        var (names, _) = UniqueName.Apply(graph.NamesInUse, g.World.GraphThread(g.Value, t).NameStack, "uid");
        return Result.Ok(g.World.WithGraph(graph with { NamesInUse = names }));
    });

    /// <summary>
    /// <c>_DefaultGradYs</c>: a missing output gradient is <c>ones(shape(y), dtype, name="grad_ys_i")</c>;
    /// a given one is checked against y's dtype and passed through an Identity named <c>grad_ys_i</c>.
    /// </summary>
    private static Tf<IReadOnlyList<Tensor>> DefaultGradYs(IReadOnlyList<object?> gradYs, IReadOnlyList<Tensor> ys)
    {
        if (gradYs.Count != ys.Count)
            return Tf.Fail<IReadOnlyList<Tensor>>(new ValueError($"Length mismatch. Passed {gradYs.Count} grad_ys for {ys.Count} ys"));
        return from converted in Tf.Sequence(gradYs.Select((g, i) => g is null ? Tf.Pure<Tensor?>(null) : Ops.Convert.ToTensor(g, name: $"grad_y_{i}").Select(t => (Tensor?)t)))
               from result in Tf.Sequence(ys.Select((y, i) => DefaultGradY(y, converted[i], i)))
               select result;
    }

    private static Tf<Tensor> DefaultGradY(Tensor y, Tensor? gradY, int i)
    {
        var name = $"grad_ys_{i}";
        if (gradY is null)
        {
            if (y.DType.IsComplex)
                return Tf.Fail<Tensor>(new TypeError($"Gradients of complex tensors ({y}) must set grad_ys (y.dtype = {y.DType.Name})"));
            return from shape in ArrayOps.Shape(y) from ones in GradOps.OnesOfShape(shape, y.DType, name) select ones;
        }
        if (y.DType.IsFloating || y.DType.IsInteger)
        {
            if (!gradY.DType.IsFloating && !gradY.DType.IsInteger)
                return Tf.Fail<Tensor>(new TypeError($"Gradient type {gradY.DType.Name} generated for real or integer-valued tensor {y} with type {y.DType.Name} must be real or integer"));
        }
        else if (y.DType.IsComplex)
        {
            if (!gradY.DType.IsComplex)
                return Tf.Fail<Tensor>(new TypeError($"Gradient type {gradY.DType.Name} generated for complex-valued tensor {y} with type {y.DType.Name} must be real"));
        }
        else if (y.DType == DType.Variant)
        {
            if (gradY.DType != DType.Variant)
                return Tf.Fail<Tensor>(new TypeError($"Gradient type {gradY.DType.Name} generated for variant tensor {y} with type {y.DType.Name} must be variant"));
        }
        else if (y.DType == DType.Resource)
        {
            if (gradY.DType == DType.Resource)
                return Tf.Fail<Tensor>(new TypeError($"Input gradient {gradY} for resource tensor {y} should not be a resource"));
        }
        else
            return Tf.Fail<Tensor>(new TypeError($"Tensor {y} with type {y.DType.Name} must be numeric to obtain a default gradient"));
        return ArrayOps.Identity(gradY, name);
    }

    /// <summary>backprop_util.IsTrainable: the dtypes gradients flow through.</summary>
    public static bool IsTrainable(DType d) =>
        d == DType.Float16 || d == DType.Float32 || d == DType.Float64 || d == DType.BFloat16 ||
        d.IsComplex || d == DType.Resource || d == DType.Variant;

    private static Result<Outcome> Backprop(World w, ThreadId t, IReadOnlyList<Tensor> ys, IReadOnlyList<Tensor> xs,
        IReadOnlyList<Tensor> gradYs, IReadOnlyList<Tensor> stops)
    {
        var graph = w.Graph(ys.Count > 0 ? ys[0].Graph : xs[0].Graph);
        var consumers = Consumers(graph);
        var toOps = ys.Select(y => y.OpId).ToList();
        var fromOps = xs.Select(x => x.OpId).ToList();
        var pending = PendingCount(graph, consumers, toOps, fromOps, out var reachableToOps);
        var state = new BackpropState();
        for (var i = 0; i < ys.Count; i++) state.SetGrad(ys[i], gradYs[i], graph.Op(ys[i].OpId).NumOutputs);

        var queue = new Queue<int>();
        var toOpsSet = new HashSet<int>();
        foreach (var op in toOps)
            if (pending.GetValueOrDefault(op) == 0 && !toOpsSet.Contains(op) && reachableToOps.Contains(op))
            {
                toOpsSet.Add(op);
                queue.Enqueue(op);
            }

        var stopOps = fromOps.Where(op => graph.Op(op).Inputs.All(i => pending.GetValueOrDefault(i.OpId) <= 0)).ToHashSet();
        foreach (var s in stops) stopOps.Add(s.OpId);

        while (queue.Count > 0)
        {
            var opId = queue.Dequeue();
            var r = GradientStep.InGraph(w, t, state, graph.Id, opId, stopOps.Contains(opId));
            if (r.Error is not null) return Result.Fail<Outcome>(r.World, r.Error);
            w = r.World;
            foreach (var input in w.Graph(graph.Id).Op(opId).Inputs)
            {
                var left = pending.GetValueOrDefault(input.OpId) - 1;
                pending[input.OpId] = left;
                if (left == 0) queue.Enqueue(input.OpId);
            }
        }
        return Result.Ok(w, new Outcome(xs, state.Aggregated));
    }

    /// <summary><c>_GetGrad</c>: the aggregated gradient, or for an unconnected source None / <c>zeros_like(x)</c> (float32 for a handle).</summary>
    private static Tf<Tensor?> Final(IReadOnlyDictionary<int, Tensor?[]> grads, Tensor x, UnconnectedGradients unconnected)
    {
        if (grads.TryGetValue(x.OpId, out var opGrads)) return Tf.Pure(opGrads[x.Index]);
        return unconnected == UnconnectedGradients.Zero
            ? GradOps.ZerosLike(x, x.DType == DType.Resource ? DType.Float32 : x.DType).Select(z => (Tensor?)z)
            : Tf.Pure<Tensor?>(null);
    }

    /// <summary>Each op's consumers, in op-creation order (TF's <c>Tensor.consumers()</c>).</summary>
    internal static Dictionary<int, List<int>> Consumers(Graph graph)
    {
        var consumers = new Dictionary<int, List<int>>();
        foreach (var op in graph.Ops)
            foreach (var input in op.Inputs)
            {
                if (!consumers.TryGetValue(input.OpId, out var list)) consumers[input.OpId] = list = [];
                list.Add(op.Id);
            }
        return consumers;
    }

    /// <summary>
    /// <c>_PendingCount</c>: ops reachable from the sources through trainable tensors, those of them
    /// on a path to the targets ("between"), and per between op the number of between consumers' input edges.
    /// </summary>
    private static Dictionary<int, int> PendingCount(Graph graph, Dictionary<int, List<int>> consumers,
        IReadOnlyList<int> toOps, IReadOnlyList<int> fromOps, out HashSet<int> reachableToOps)
    {
        var reached = new HashSet<int>();
        var queue = new Queue<int>(fromOps);
        while (queue.Count > 0)
        {
            var op = queue.Dequeue();
            if (!reached.Add(op)) continue;
            var operation = graph.Op(op);
            for (var i = 0; i < operation.NumOutputs; i++)
                if (IsTrainable(operation.OutputSpecs[i].DType) && consumers.TryGetValue(op, out var cs))
                    foreach (var c in cs)
                        if (graph.Op(c).Inputs.Any(input => input.OpId == op && input.Index == i)) queue.Enqueue(c);
        }
        reachableToOps = toOps.Where(reached.Contains).ToHashSet();
        var between = new HashSet<int>();
        var betweenList = new List<int>();
        var back = new Queue<int>(toOps);
        while (back.Count > 0)
        {
            var op = back.Dequeue();
            if (!reached.Remove(op)) continue;
            between.Add(op);
            betweenList.Add(op);
            foreach (var input in graph.Op(op).Inputs) back.Enqueue(input.OpId);
        }
        var pending = new Dictionary<int, int>();
        foreach (var op in betweenList)
            foreach (var input in graph.Op(op).Inputs)
                if (between.Contains(input.OpId)) pending[input.OpId] = pending.GetValueOrDefault(input.OpId) + 1;
        return pending;
    }
}
