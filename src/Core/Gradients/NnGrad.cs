using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;

namespace ScopeFn.Core.Gradients;

/// <summary>nn_grad.py gradients of the core op set.</summary>
internal static class NnGrad
{
    /// <summary><c>_ReluGrad</c>: ReluGrad(grad, relu output).</summary>
    public static Tf<IReadOnlyList<Tensor?>> Relu(GradOp op, IReadOnlyList<Tensor?> grads) =>
        GradOps.Gen("ReluGrad", [grads[0]!, op.Outputs[0]]).Select(g => (IReadOnlyList<Tensor?>)[g]);

    /// <summary><c>_SoftmaxGrad</c>: <c>(grad - reduce_sum(grad * softmax, -1, keepdims=True)) * softmax</c>.</summary>
    public static Tf<IReadOnlyList<Tensor?>> Softmax(GradOp op, IReadOnlyList<Tensor?> grads)
    {
        var softmax = op.Outputs[0];
        return from product in GradOps.Mul(grads[0]!, softmax)
               from sum in GradOps.Sum(product, -1L, keepDims: true)
               from diff in GradOps.Sub(grads[0]!, sum)
               from r in GradOps.Mul(diff, softmax)
               select (IReadOnlyList<Tensor?>)[r];
    }

    /// <summary><c>_L2LossGrad</c>: <c>x * grad</c>.</summary>
    public static Tf<IReadOnlyList<Tensor?>> L2Loss(GradOp op, IReadOnlyList<Tensor?> grads) =>
        GradOps.Mul(op.Inputs[0], grads[0]!).Select(g => (IReadOnlyList<Tensor?>)[g]);
}
