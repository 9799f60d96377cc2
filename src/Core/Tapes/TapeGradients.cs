using ScopeFn.Core.Errors;
using ScopeFn.Core.Gradients;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Ops;
using ScopeFn.Core.Scopes;
using ScopeFn.Core.Types;
using ScopeFn.Core.Variables;
using ScopeFn.Core.Worlds;

namespace ScopeFn.Core.Tapes;

/// <summary>
/// <c>GradientTape.gradient</c> over graph ops (backprop.py, and the C++ tape's
/// <c>ComputeGradient</c>): the tape's rules (consumed non-persistent tapes, a recording
/// non-persistent tape stops first), ones for the targets, then the recorded ops backwards from the
/// targets — each op's gradient function called as with a <c>_MockOp</c> (inputs nobody needs are
/// skipped) under <c>name_scope("gradient_tape/&lt;forward scope&gt;/")</c>, several gradients of one
/// tensor summed by AddN in the caller's scope. Unconnected sources get None (or zeros).
/// </summary>
public static class TapeGradients
{
    private const string Consumed = "A non-persistent GradientTape can only be used to compute one set of gradients (or jacobians)";

    public static Tf<IReadOnlyList<Tensor?>> Gradient(TapeId tapeId, IReadOnlyList<object?> targets, IReadOnlyList<object> sources,
        IReadOnlyList<object?>? outputGradients = null, UnconnectedGradients unconnected = UnconnectedGradients.None) =>
        Tf.Of<IReadOnlyList<Tensor?>>((w, t) =>
        {
            var tape = w.Tapes[tapeId];
            if (!tape.Created) return Result.Fail<IReadOnlyList<Tensor?>>(w, new RuntimeError(Consumed));
            var context = w.Thread(t);
            if (context.TapeStack.Exists(x => x == tapeId) && !tape.Persistent)
                w = w.WithThread(context with { TapeStack = context.TapeStack.Filter(x => x != tapeId) });
            if (targets.Count == 0 || targets.Any(x => x is null))
                return Result.Fail<IReadOnlyList<Tensor?>>(w, new TypeError(
                    "Argument `target` should be a list or nested structure of Tensors, Variables or CompositeTensors to be differentiated, but received None."));
            var flatTargets = targets.Select(x => x is Variable v ? v.Handle : (Tensor)x!).ToList();
            var flatSources = sources.Select(x => x is Variable v ? v.Handle : (Tensor)x).ToList();
            var r = Compute(w, t, tape, flatTargets, flatSources, outputGradients, unconnected);
            if (r.Error is not null) return r;
            w = r.World;
            if (!tape.Persistent) w = w with { Tapes = w.Tapes.SetItem(tapeId, w.Tapes[tapeId] with { Created = false }) };
            return Result.Ok(w, r.Value);
        });

    private static Result<IReadOnlyList<Tensor?>> Compute(World w, ThreadId t, Tape tape, IReadOnlyList<Tensor> targets, IReadOnlyList<Tensor> sources,
        IReadOnlyList<object?>? outputGradients, UnconnectedGradients unconnected)
    {
        // tensor_tape_: a tensor produced by a recorded op, keyed by (graph, op, output).
        var recorded = tape.Recorded.Select(x => x).ToHashSet();
        static (GraphId, int, int) Key(Tensor x) => (x.Graph, x.OpId, x.Index);
        var sourceSet = sources.Select(Key).ToHashSet();
        bool OnTape(Tensor x) => recorded.Contains((x.Graph, x.OpId)) || tape.IsWatched(x);

        // PrepareBackprop: ops reachable backwards from the targets, tensor usage counts, missing outputs per op.
        var opTape = new Dictionary<(GraphId, int), Operation>();
        var usage = new Dictionary<(GraphId, int, int), int>();
        var stack = new Stack<Tensor>(targets);
        while (stack.Count > 0)
        {
            var x = stack.Pop();
            if (!recorded.Contains((x.Graph, x.OpId)) || opTape.ContainsKey((x.Graph, x.OpId))) continue;
            // An eager op is not in any graph: the tape kept it when it recorded it.
            var op = Eager.EagerContext.IsEager(x) ? w.Eager.RecordedOps[x.OpId] : w.Graph(x.Graph).Op(x.OpId);
            opTape[(x.Graph, x.OpId)] = op;
            foreach (var input in op.Inputs)
            {
                if (usage.TryGetValue(Key(input), out var n)) usage[Key(input)] = n + 1;
                else
                {
                    usage[Key(input)] = 1;
                    if (OnTape(input)) stack.Push(input);
                }
            }
        }
        var missing = new Dictionary<(GraphId, int), int>();
        foreach (var ((g, opId, _), _) in usage)
            if (opTape.ContainsKey((g, opId))) missing[(g, opId)] = missing.GetValueOrDefault((g, opId)) + 1;

        // Initial gradients: given ones, or ones shaped like each target.
        var grads = new Dictionary<(GraphId, int, int), List<Tensor>>();
        for (var i = 0; i < targets.Count; i++)
        {
            var given = outputGradients is { } og && i < og.Count ? og[i] : null;
            var initial = given is not null ? Ops.Convert.ToTensor(given) : Ones(targets[i]);
            var r = initial.Run(w, t);
            if (r.Error is not null) return Result.Fail<IReadOnlyList<Tensor?>>(r.World, r.Error);
            w = r.World;
            Add(grads, Key(targets[i]), r.Value);
        }

        var opStack = tape.Recorded.Where(k => opTape.ContainsKey(k) && !missing.ContainsKey(k)).ToList();
        while (opStack.Count > 0)
        {
            var key = opStack[^1];
            opStack.RemoveAt(opStack.Count - 1);
            if (!opTape.Remove(key, out var op)) continue;
            var skip = op.Inputs.Select((x, i) => (x, i)).Where(p => !OnTape(p.x) && !sourceSet.Contains(Key(p.x))).Select(p => p.i).ToHashSet();
            var outGrads = new Tensor?[op.NumOutputs];
            var any = false;
            var zeroIndices = new List<int>();
            for (var i = 0; i < op.NumOutputs; i++)
            {
                if (!grads.TryGetValue((op.Graph, op.Id, i), out var list)) { zeroIndices.Add(i); continue; }
                any = true;
                var agg = Aggregate(w, t, list);
                if (agg.Error is not null) return Result.Fail<IReadOnlyList<Tensor?>>(agg.World, agg.Error);
                w = agg.World;
                outGrads[i] = agg.Value;
                if (!tape.Persistent) grads.Remove((op.Graph, op.Id, i));
            }
            IReadOnlyList<Tensor?> inGrads = Enumerable.Repeat<Tensor?>(null, op.Inputs.Count).ToList();
            if (any)
            {
                foreach (var i in zeroIndices)
                {
                    var spec = op.OutputSpecs[i];
                    if (spec.DType == DType.String || spec.DType == DType.Resource) continue;
                    var z = ArrayOps.Zeros(spec.Shape.IsFullyDefined ? spec.Shape.Dims!.Value.Select(d => d!.Value).ToArray() : [], spec.DType).Run(w, t);
                    if (z.Error is not null) return Result.Fail<IReadOnlyList<Tensor?>>(z.World, z.Error);
                    w = z.World;
                    outGrads[i] = z.Value;
                }
                // A call op's backward function is the one recorded with it, not the registry's.
                GradientFunction? fn = Functions.CallOpGradients.Tape;
                if (!Functions.CallOpGradients.IsCall(op) && !GradientRegistry.TryGet(op.Type, out fn))
                    return Result.Fail<IReadOnlyList<Tensor?>>(w, GradientRegistry.NoTapeGradient(op.Name, op.Type));
                if (fn is not null)
                {
                    var scope = tape.ForwardScopes.GetValueOrDefault((op.Graph, op.Id), "");
                    var gradOp = new GradOp(op, op.Inputs.ToList(), op.Outputs.ToList(), skip.Count > 0 ? skip : null);
                    // A function call's backward function was recorded with record_operation and is called
                    // as is; only registered gradients run under gradient_tape/ (backprop.py _gradient_function).
                    var r = (Functions.CallOpGradients.IsCall(op)
                        ? fn(gradOp, outGrads)
                        : NameScope.V1("gradient_tape/" + (scope.Length > 0 ? scope + "/" : ""), null, null, _ => fn(gradOp, outGrads))).Run(w, t);
                    if (r.Error is not null) return Result.Fail<IReadOnlyList<Tensor?>>(r.World, r.Error);
                    w = r.World;
                    inGrads = r.Value;
                }
            }
            for (var i = 0; i < op.Inputs.Count; i++)
            {
                var input = op.Inputs[i];
                if (inGrads[i] is { } g) Add(grads, Key(input), g);
                if (!usage.TryGetValue(Key(input), out var n)) continue;
                usage[Key(input)] = --n;
                if (n > 0 || !recorded.Contains((input.Graph, input.OpId))) continue;
                var producer = (input.Graph, input.OpId);
                if (missing.TryGetValue(producer, out var m))
                {
                    missing[producer] = --m;
                    if (m == 0) opStack.Insert(0, producer);
                }
            }
        }

        var result = new List<Tensor?>();
        foreach (var source in sources)
        {
            if (grads.TryGetValue(Key(source), out var list))
            {
                var agg = Aggregate(w, t, list);
                if (agg.Error is not null) return Result.Fail<IReadOnlyList<Tensor?>>(agg.World, agg.Error);
                w = agg.World;
                result.Add(agg.Value);
            }
            else if (unconnected == UnconnectedGradients.Zero)
            {
                var z = GradOpsPublic.ZerosLike(source).Run(w, t);
                if (z.Error is not null) return Result.Fail<IReadOnlyList<Tensor?>>(z.World, z.Error);
                w = z.World;
                result.Add(z.Value);
            }
            else result.Add(null);
        }
        return Result.Ok<IReadOnlyList<Tensor?>>(w, result);
    }

    private static void Add(Dictionary<(GraphId, int, int), List<Tensor>> grads, (GraphId, int, int) key, Tensor g)
    {
        if (!grads.TryGetValue(key, out var list)) grads[key] = list = [];
        list.Add(g);
    }

    /// <summary>backprop.py <c>_aggregate_grads</c>: one as is, several through AddN.</summary>
    private static Result<Tensor> Aggregate(World w, ThreadId t, List<Tensor> list) =>
        list.Count == 1 ? Result.Ok(w, list[0]) : OpApply.Apply1("AddN", null, [list.Cast<object>().ToList()]).Run(w, t);

    /// <summary>backprop.py <c>_ones(shape, dtype)</c> in a graph: <c>array_ops.ones</c> of the static shape, or of <c>shape(target)</c>.</summary>
    private static Tf<Tensor> Ones(Tensor target) =>
        target.Shape.IsFullyDefined
            ? ArrayOps.Ones(target.Shape.Dims!.Value.Select(d => d!.Value).ToArray(), target.DType)
            : from s in ArrayOps.Shape(target) from o in GradOpsPublic.OnesOfShape(s, target.DType) select o;
}
