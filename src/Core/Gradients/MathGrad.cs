using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Ops;
using ScopeFn.Core.Scopes;
using ScopeFn.Core.Types;
using static ScopeFn.Core.Gradients.BroadcastGrad;

namespace ScopeFn.Core.Gradients;

/// <summary>
/// math_grad.py (TF 2.x, the <c>_ReduceGradientArgs</c> era): the gradients of the arithmetic,
/// activation and matrix ops of the core op set. Real dtypes only, so <c>math_ops.conj</c> is the identity.
/// </summary>
internal static class MathGrad
{
    private static Tf<IReadOnlyList<Tensor?>> Of(params Tensor?[] grads) => Tf.Pure<IReadOnlyList<Tensor?>>(grads);

    /// <summary><c>_AddGrad</c>.</summary>
    public static Tf<IReadOnlyList<Tensor?>> Add(GradOp op, IReadOnlyList<Tensor?> grads)
    {
        var (x, y, grad) = (op.Inputs[0], op.Inputs[1], grads[0]!);
        if (op.Skips(1) && IsScalar(y)) return Of(grad, null);
        if (ShapesFullySpecifiedAndEqual(x, y, grad)) return Of(grad, grad);
        return ReduceGradientArgs(x, y, op.Skips(0) ? null : grad, op.Skips(1) ? null : grad);
    }

    /// <summary><c>_SubGrad</c>: the negation is built before the shapes.</summary>
    public static Tf<IReadOnlyList<Tensor?>> Sub(GradOp op, IReadOnlyList<Tensor?> grads)
    {
        var (x, y, grad) = (op.Inputs[0], op.Inputs[1], grads[0]!);
        if (op.Skips(1) && IsScalar(y)) return Of(grad, null);
        if (ShapesFullySpecifiedAndEqual(x, y, grad)) return GradOps.Neg(grad).Select(n => (IReadOnlyList<Tensor?>)[grad, n]);
        return from gy in op.Skips(1) ? Tf.Pure<Tensor?>(null) : GradOps.Neg(grad).Select(n => (Tensor?)n)
               from r in ReduceGradientArgs(x, y, op.Skips(0) ? null : grad, gy)
               select r;
    }

    /// <summary><c>_MulGrad</c>: the equal-shape fast path applies to int32 and float32 only.</summary>
    public static Tf<IReadOnlyList<Tensor?>> Mul(GradOp op, IReadOnlyList<Tensor?> grads)
    {
        var (x, y, grad) = (op.Inputs[0], op.Inputs[1], grads[0]!);
        if (op.Skips(1) && IsScalar(y))
            return GradOps.Gen("Mul", [grad, y]).Select(g => (IReadOnlyList<Tensor?>)[g, null]);
        if (ShapesFullySpecifiedAndEqual(x, y, grad) && (grad.DType == DType.Int32 || grad.DType == DType.Float32))
            return from gx in GradOps.Gen("Mul", [grad, y])
                   from gy in GradOps.Gen("Mul", [grad, x])
                   select (IReadOnlyList<Tensor?>)[gx, gy];
        return from gx in op.Skips(0) ? Tf.Pure<Tensor?>(null) : GradOps.Gen("Mul", [grad, y]).Select(t => (Tensor?)t)
               from gy in op.Skips(1) ? Tf.Pure<Tensor?>(null) : GradOps.Gen("Mul", [x, grad]).Select(t => (Tensor?)t)
               from r in ReduceGradientArgs(x, y, gx, gy)
               select r;
    }

    /// <summary><c>_RealDivGrad</c>: gx = grad / y, gy = grad * ((-x / y) / y).</summary>
    public static Tf<IReadOnlyList<Tensor?>> RealDiv(GradOp op, IReadOnlyList<Tensor?> grads)
    {
        var (x, y, grad) = (op.Inputs[0], op.Inputs[1], grads[0]!);
        return from gx in GradOps.Gen("RealDiv", [grad, y])
               from negX in GradOps.Neg(x)
               from q1 in GradOps.Gen("RealDiv", [negX, y])
               from q2 in GradOps.Gen("RealDiv", [q1, y])
               from gy in GradOps.Mul(grad, q2)
               from r in ReduceGradientArgs(x, y, gx, gy)
               select r;
    }

    public static Tf<IReadOnlyList<Tensor?>> Neg(GradOp op, IReadOnlyList<Tensor?> grads) =>
        GradOps.Neg(grads[0]!).Select(n => (IReadOnlyList<Tensor?>)[n]);

    /// <summary><c>_MatMulGrad</c> and, for the tape, <c>_MatMulGradAgainstFirstOnly</c>/<c>…SecondOnly</c>.</summary>
    public static Tf<IReadOnlyList<Tensor?>> MatMul(GradOp op, IReadOnlyList<Tensor?> grads)
    {
        var (a, b, grad) = (op.Inputs[0], op.Inputs[1], grads[0]!);
        var (ta, tb) = (op.BoolAttr("transpose_a"), op.BoolAttr("transpose_b"));
        Tf<Tensor> GradA() => (ta, tb) switch
        {
            (false, false) => GradOps.MatMul(grad, b, transposeB: true),
            (false, true) => GradOps.MatMul(grad, b),
            (true, false) => GradOps.MatMul(b, grad, transposeB: true),
            _ => GradOps.MatMul(b, grad, transposeA: true, transposeB: true),
        };
        Tf<Tensor> GradB() => (ta, tb) switch
        {
            (false, false) => GradOps.MatMul(a, grad, transposeA: true),
            (false, true) => GradOps.MatMul(grad, a, transposeA: true),
            (true, false) => GradOps.MatMul(a, grad),
            _ => GradOps.MatMul(grad, a, transposeA: true, transposeB: true),
        };
        if (op.Skips(1)) return GradA().Select(g => (IReadOnlyList<Tensor?>)[g, null]);
        if (op.Skips(0)) return GradB().Select(g => (IReadOnlyList<Tensor?>)[null, g]);
        return from ga in GradA() from gb in GradB() select (IReadOnlyList<Tensor?>)[ga, gb];
    }

    /// <summary><c>_SigmoidGrad</c>: under <c>control_dependencies([grad])</c>, SigmoidGrad(y, grad).</summary>
    public static Tf<IReadOnlyList<Tensor?>> Sigmoid(GradOp op, IReadOnlyList<Tensor?> grads) =>
        ControlDependencies.With([grads[0]!], GradOps.Gen("SigmoidGrad", [op.Outputs[0], grads[0]!]))
            .Select(g => (IReadOnlyList<Tensor?>)[g]);

    /// <summary><c>_TanhGrad</c>.</summary>
    public static Tf<IReadOnlyList<Tensor?>> Tanh(GradOp op, IReadOnlyList<Tensor?> grads) =>
        ControlDependencies.With([grads[0]!], GradOps.Gen("TanhGrad", [op.Outputs[0], grads[0]!]))
            .Select(g => (IReadOnlyList<Tensor?>)[g]);

    /// <summary><c>_AddNGrad</c>: the gradient for every input.</summary>
    public static Tf<IReadOnlyList<Tensor?>> AddN(GradOp op, IReadOnlyList<Tensor?> grads) =>
        Tf.Pure<IReadOnlyList<Tensor?>>(Enumerable.Repeat(grads[0], op.Inputs.Count).ToList());

    /// <summary><c>_CastGrad</c>: only between floating (and complex) types.</summary>
    public static Tf<IReadOnlyList<Tensor?>> Cast(GradOp op, IReadOnlyList<Tensor?> grads)
    {
        var src = op.Inputs[0].DType;
        var dst = grads[0]!.DType;
        bool Ok(DType d) => d.IsFloating || d.IsComplex;
        return Ok(src) && Ok(dst)
            ? GradOps.Cast(grads[0]!, src).Select(g => (IReadOnlyList<Tensor?>)[g])
            : Of([null]);
    }
}
