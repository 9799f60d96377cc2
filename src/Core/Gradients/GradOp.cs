using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;

namespace ScopeFn.Core.Gradients;

/// <summary>
/// What a gradient function receives as <c>op</c>: the forward operation with its inputs and
/// outputs, and — when the tape calls it (backprop.py <c>_MockOp</c>) — the indices of inputs whose
/// gradients nobody needs. <c>tf.gradients</c> passes a graph Operation, which has no
/// <c>skip_input_indices</c>, so gradient functions treat it as "skip nothing".
/// </summary>
public sealed record GradOp(Operation Op, IReadOnlyList<Tensor> Inputs, IReadOnlyList<Tensor> Outputs, IReadOnlySet<int>? SkipInputIndices)
{
    public static GradOp Of(Operation op, IReadOnlyList<Tensor> inputs, IReadOnlyList<Tensor> outputs) => new(op, inputs, outputs, null);

    public string Type => Op.Type;

    public bool Skips(int index) => SkipInputIndices?.Contains(index) == true;

    public bool BoolAttr(string name) => Op.Attr(name) is AttrValue.BoolValue b && b.Value;

    public long IntAttr(string name) => Op.Attr(name) is AttrValue.IntValue i ? i.Value : 0;
}

/// <summary>A registered gradient function (<c>@ops.RegisterGradient</c>): output gradients in, one gradient (or null) per input out.</summary>
public delegate Tf<IReadOnlyList<Tensor?>> GradientFunction(GradOp op, IReadOnlyList<Tensor?> grads);
