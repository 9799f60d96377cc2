using ScopeFn.Core.Gradients;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Ops;
using ScopeFn.Core.Worlds;
using GradientsUtil = ScopeFn.Core.Gradients.Gradients;

namespace ScopeFn.Core.Functions;

/// <summary>
/// Gradients of <c>PartitionedCall</c> / <c>StatefulPartitionedCall</c> ops. For
/// <c>tf.gradients</c> a call op built in a graph carries <c>_gradient_function</c> =
/// <c>_rewrite_forward_and_call_backward</c> of the concrete function that was called
/// (<c>_override_gradient_function</c> in <c>_call_flat</c>); a tape uses the backward function
/// recorded with the op: the same delayed rewrite for an inference call, or the backward function
/// of the tape's forward function (<c>_TapeGradientFunctions._wrap_backward_function</c>).
/// </summary>
public static class CallOpGradients
{
    public static bool IsCall(Operation op) => op.Type is "PartitionedCall" or "StatefulPartitionedCall";

    /// <summary>The gradient function <c>tf.gradients</c> finds on a call op.</summary>
    public static Tf<IReadOnlyList<Tensor?>> Symbolic(GradOp op, IReadOnlyList<Tensor?> grads) =>
        from c in Called(op.Op)
        from r in RewriteAndCallBackward(c, op.Op, grads)
        select r;

    /// <summary>The backward function a tape recorded for a call op.</summary>
    public static Tf<IReadOnlyList<Tensor?>> Tape(GradOp op, IReadOnlyList<Tensor?> grads) =>
        from f in Function(op.Op)
        from r in f.ForwardOf is { Tape: true } pair
            ? TapeBackward(pair, op.Op, grads)
            : from c in Called(op.Op) from d in RewriteAndCallBackward(c, op.Op, grads) select d
        select r;

    private static Tf<ConcreteFunction> Function(Operation op) => Tf.Read((w, _) =>
        w.Functions.ConcreteNamed(op.Attr("f") is AttrValue.FuncValue f ? f.Name : "")
        ?? throw new InvalidOperationException($"call op {op.Name} names no known function"));

    /// <summary>The concrete function whose <c>_call_flat</c> made the op (a forward function stands for its inference function).</summary>
    private static Tf<ConcreteFunction> Called(Operation op) =>
        from f in Function(op)
        from c in Tf.Read((w, _) => f.ForwardOf is { } pair ? w.Functions.Concrete(pair.Inference) : f)
        select c;

    /// <summary>
    /// <c>_DelayedRewriteGradientFunctions._rewrite_forward_and_call_backward(op, *doutputs)</c>:
    /// the pair for <c>len(doutputs)</c>; the call op now calls the forward function (its <c>f</c>,
    /// <c>Tout</c> and outputs extended); the backward function is called on the output gradients
    /// of the trainable outputs (zeros for missing ones) and its captures, forward tensors among
    /// them replaced by the call's matching outputs.
    /// </summary>
    private static Tf<IReadOnlyList<Tensor?>> RewriteAndCallBackward(ConcreteFunction c, Operation op, IReadOnlyList<Tensor?> doutputs) =>
        from pair in FunctionGradients.Delayed(c.Id, doutputs.Count)
        from r in Tf.Of<IReadOnlyList<Tensor?>>((w, t) =>
        {
            var backward = w.Functions.Concrete(pair.Backward);
            if (backward.Outputs.Count == 0) return Result.Ok(w, Structured(backward, null));
            var forward = w.Functions.Concrete(pair.Forward);
            // Only graph call ops are rewritten: while eager a tape calls through its own forward function.
            var current = w.Graph(op.Graph).Op(op.Id);
            var specs = current.OutputSpecs.Concat(forward.Outputs.Skip(current.NumOutputs).Select(o => new TensorSpec(o.DType, o.Shape))).ToArray();
            (w, var rewritten) = CallOps.Replace(w, current with { Attrs = CallOps.Retarget(current, forward), OutputSpecs = specs });
            var placeholders = FunctionGradients.GraphOutputs(w, c);
            var cleaned = new List<Tensor>();
            for (var i = 0; i < doutputs.Count && i < placeholders.Count; i++)
            {
                if (!GradientsUtil.IsTrainable(placeholders[i].DType)) continue;
                if (doutputs[i] is { } d) { cleaned.Add(d); continue; }
                var z = GradOpsPublic.ZerosLike(placeholders[i]).Run(w, t);
                if (z.Error is not null) return Result.Fail<IReadOnlyList<Tensor?>>(z.World, z.Error);
                w = z.World;
                cleaned.Add(z.Value);
            }
            return CallBackward(w, t, backward, cleaned, Remap(backward, forward, rewritten));
        })
        select r;

    /// <summary>
    /// <c>_TapeGradientFunctions._wrap_backward_function</c>'s wrapper: gradients of the recorded
    /// outputs, non-trainable ones skipped, a missing one replaced by zeros of the backward input's
    /// shape and dtype, until the backward function has its inputs; then its captures remapped.
    /// </summary>
    private static Tf<IReadOnlyList<Tensor?>> TapeBackward(GradientPair pair, Operation op, IReadOnlyList<Tensor?> grads) => Tf.Of<IReadOnlyList<Tensor?>>((w, t) =>
    {
        var backward = w.Functions.Concrete(pair.Backward);
        if (backward.Outputs.Count == 0) return Result.Ok(w, Structured(backward, null));
        var forward = w.Functions.Concrete(pair.Forward);
        var processed = new List<Tensor>();
        for (var i = 0; i < grads.Count && processed.Count < backward.Inputs.Count; i++)
        {
            if (!GradientsUtil.IsTrainable(op.OutputSpecs[i].DType)) continue;
            if (grads[i] is { } g) { processed.Add(g); continue; }
            var input = backward.Inputs[processed.Count];
            var dims = input.Shape.IsFullyDefined ? input.Shape.Dims!.Value.Select(d => d!.Value).ToArray() : [];
            var z = ArrayOps.Zeros(dims, input.DType).Run(w, t);
            if (z.Error is not null) return Result.Fail<IReadOnlyList<Tensor?>>(z.World, z.Error);
            w = z.World;
            processed.Add(z.Value);
        }
        return CallBackward(w, t, backward, processed, Remap(backward, forward, op));
    });

    /// <summary>The backward function's captured inputs with forward-graph tensors replaced by the call op's outputs.</summary>
    private static List<Tensor> Remap(ConcreteFunction backward, ConcreteFunction forward, Operation call)
    {
        var result = new List<Tensor>();
        foreach (var external in backward.CapturedInputs)
        {
            var index = -1;
            for (var i = 0; i < forward.Outputs.Count && i < call.NumOutputs; i++)
                if (FunctionGradients.SameTensor(forward.Outputs[i], external)) { index = i; break; }
            result.Add(index >= 0 ? call.Output(index) : external);
        }
        return result;
    }

    /// <summary><c>backward_function._call_flat(doutputs, captures)</c>, its outputs put back one per forward input.</summary>
    private static Result<IReadOnlyList<Tensor?>> CallBackward(World w, ThreadId t, ConcreteFunction backward, IReadOnlyList<Tensor> args, IReadOnlyList<Tensor> captures)
    {
        var call = CallOps.CallFlat(w, t, backward, args, captures);
        return call.Error is null
            ? Result.Ok(call.World, Structured(backward, call.Value))
            : Result.Fail<IReadOnlyList<Tensor?>>(call.World, call.Error);
    }

    private static IReadOnlyList<Tensor?> Structured(ConcreteFunction backward, Operation? call)
    {
        var items = ((OutputSequence)backward.StructuredOutputs!).Items;
        return items.Select(x => x is Tensor tensor && call is not null ? (Tensor?)call.Output(IndexOf(backward.Outputs, tensor)) : null).ToList();
    }

    private static int IndexOf(IReadOnlyList<Tensor> outputs, Tensor t)
    {
        for (var i = 0; i < outputs.Count; i++) if (FunctionGradients.SameTensor(outputs[i], t)) return i;
        throw new InvalidOperationException($"{t.Name} is not an output of the backward function");
    }
}
