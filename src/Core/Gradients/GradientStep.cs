using ScopeFn.Core.Collections;
using ScopeFn.Core.Errors;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Scopes;
using ScopeFn.Core.Types;
using ScopeFn.Core.Worlds;

namespace ScopeFn.Core.Gradients;

/// <summary>
/// One iteration of <c>_GradientsHelper</c>'s loop for one op: aggregate the gradients of its
/// outputs (<c>_AggregatedGrads</c>: one gradient as is, several through AddN), look up its gradient
/// function, zero-fill trainable outputs without a gradient, run the function in
/// <c>name_scope(op.name + "_grad")</c>, give each input gradient the input's static shape
/// (<c>set_shape</c>) and hand it to the input.
/// </summary>
internal static class GradientStep
{
    public static Result<LanguageExt.Unit> InGraph(World w, ThreadId t, BackpropState state, GraphId g, int opId, bool isStop)
    {
        var op = w.Graph(g).Op(opId);
        var agg = Aggregate(w, t, state, g, op);
        if (agg.Error is not null) return Result.Fail<LanguageExt.Unit>(agg.World, agg.Error);
        w = agg.World;
        var outGrads = agg.Value;
        state.SetAggregated(opId, outGrads);
        var hasOutGrads = outGrads.Any(x => x is not null);

        GradientFunction? fn = null;
        if (hasOutGrads && !isStop && !GradientRegistry.TryGet(op.Type, out fn))
            return Result.Fail<LanguageExt.Unit>(w, GradientRegistry.NoGradient(op.Name, op.Type));

        IReadOnlyList<Tensor?> inGrads;
        if (fn is not null && hasOutGrads)
        {
            var filled = outGrads.ToArray();
            for (var i = 0; i < filled.Length; i++)
            {
                if (filled[i] is not null || !Gradients.IsTrainable(op.OutputSpecs[i].DType)) continue;
                var z = GradOps.ZerosLikeOp(op.Output(i)).Run(w, t);
                if (z.Error is not null) return Result.Fail<LanguageExt.Unit>(z.World, z.Error);
                w = z.World;
                filled[i] = z.Value;
            }
            var gradOp = GradOp.Of(op, op.Inputs.ToList(), op.Outputs.ToList());
            var r = NameScope.V1(op.Name + "_grad", null, null, _ => fn(gradOp, filled)).Run(w, t);
            if (r.Error is not null) return Result.Fail<LanguageExt.Unit>(r.World, r.Error);
            w = r.World;
            inGrads = r.Value;
            if (inGrads.Count != op.Inputs.Count)
                throw new InvalidOperationException($"gradient of {op.Type} returned {inGrads.Count} gradients for {op.Inputs.Count} inputs");
        }
        else inGrads = Enumerable.Repeat<Tensor?>(null, op.Inputs.Count).ToList();

        for (var i = 0; i < op.Inputs.Count; i++)
        {
            if (inGrads[i] is not { } inGrad) continue;
            var input = op.Inputs[i];
            if (input.DType != DType.Resource)
            {
                var shaped = SetShape(w, inGrad, input.Shape, op.Name, i);
                if (shaped.Error is not null) return Result.Fail<LanguageExt.Unit>(shaped.World, shaped.Error);
                w = shaped.World;
                inGrad = shaped.Value;
            }
            state.SetGrad(input, inGrad, w.Graph(g).Op(input.OpId).NumOutputs);
        }
        return Result.Ok(w);
    }

    /// <summary><c>_AggregatedGrads</c> with the default ADD_N method (one device: a single AddN named <c>AddN</c>).</summary>
    internal static Result<Tensor?[]> Aggregate(World w, ThreadId t, BackpropState state, GraphId g, Operation op)
    {
        var received = state.Received(op.Id, op.NumOutputs);
        var outGrads = new Tensor?[op.NumOutputs];
        for (var i = 0; i < outGrads.Length; i++)
        {
            var list = received[i].Select(x => Current(w, x)).ToList();
            if (list.Count == 0) continue;
            if (list.Count == 1)
            {
                outGrads[i] = list[0];
                continue;
            }
            var sum = GradOps.Gen("AddN", [list.Cast<object>().ToList()]).Run(w, t);
            if (sum.Error is not null) return Result.Fail<Tensor?[]>(sum.World, sum.Error);
            w = sum.World;
            outGrads[i] = sum.Value;
        }
        return Result.Ok(w, outGrads);
    }

    /// <summary>The tensor as the graph now knows it (its static shape may have been refined).</summary>
    internal static Tensor Current(World w, Tensor x) => w.Graph(x.Graph).Op(x.OpId).Output(x.Index);

    /// <summary><c>Tensor.set_shape</c>: merge the static shape, failing with gradients_util's message when incompatible.</summary>
    internal static Result<Tensor> SetShape(World w, Tensor grad, TensorShape shape, string opName, int index)
    {
        grad = Current(w, grad);
        var merged = grad.Shape.MergeWith(shape);
        if (merged is null)
            return Result.Fail<Tensor>(w, new ValueError(
                $"Incompatible shapes between op input and calculated input gradient.  Forward operation: {opName}.  Input index: {index}. " +
                $"Original input shape: {shape}.  Calculated input gradient shape: {grad.Shape}"));
        if (merged.Equals(grad.Shape)) return Result.Ok(w, grad);
        var graph = w.Graph(grad.Graph);
        var op = graph.Op(grad.OpId);
        var specs = op.OutputSpecs.ToArray();
        specs[grad.Index] = specs[grad.Index] with { Shape = merged };
        var updated = op with { OutputSpecs = (EquatableArray<TensorSpec>)specs };
        var ops = graph.Ops.Take(op.Id - 1).Add(updated).Concat(graph.Ops.Skip(op.Id));
        return Result.Ok(w.WithGraph(graph with { Ops = ops }), updated.Output(grad.Index));
    }
}
