using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Ops;
using ScopeFn.Core.Scopes;

namespace ScopeFn.Core.Gradients;

/// <summary>
/// math_grad.py's gradients of the unary element-wise ops. Several build their ops under
/// <c>control_dependencies([grad])</c> "to prevent … from being computed too early"; for real
/// dtypes <c>math_ops.conj</c> is the identity and adds no op.
/// </summary>
internal static class UnaryMathGrad
{
    private static IReadOnlyList<Tensor?> One(Tensor g) => [g];

    /// <summary><c>_SquareGrad</c>: <c>grad * (x * 2.0)</c>, a Const and two Muls, all under the control dependency.</summary>
    public static Tf<IReadOnlyList<Tensor?>> Square(GradOp op, IReadOnlyList<Tensor?> grads) =>
        ControlDependencies.With([grads[0]!],
            from two in Constant.Of(2.0, op.Inputs[0].DType)
            from x2 in MathOps.Multiply(op.Inputs[0], two)
            from g in MathOps.Multiply(grads[0]!, x2)
            select One(g));

    /// <summary><c>_SqrtGrad</c>: SqrtGrad(y, grad) under the control dependency.</summary>
    public static Tf<IReadOnlyList<Tensor?>> Sqrt(GradOp op, IReadOnlyList<Tensor?> grads) =>
        ControlDependencies.With([grads[0]!], GradOps.Gen("SqrtGrad", [op.Outputs[0], grads[0]!])).Select(One);

    /// <summary><c>_ReciprocalGrad</c>: ReciprocalGrad(y, grad) under the control dependency.</summary>
    public static Tf<IReadOnlyList<Tensor?>> Reciprocal(GradOp op, IReadOnlyList<Tensor?> grads) =>
        ControlDependencies.With([grads[0]!], GradOps.Gen("ReciprocalGrad", [op.Outputs[0], grads[0]!])).Select(One);

    /// <summary><c>_ExpGrad</c>: <c>grad * y</c> (the operator: scope <c>mul</c>) under the control dependency.</summary>
    public static Tf<IReadOnlyList<Tensor?>> Exp(GradOp op, IReadOnlyList<Tensor?> grads) =>
        ControlDependencies.With([grads[0]!], GradOps.Mul(grads[0]!, op.Outputs[0])).Select(One);

    /// <summary><c>_LogGrad</c>: <c>grad * reciprocal(x)</c> under the control dependency.</summary>
    public static Tf<IReadOnlyList<Tensor?>> Log(GradOp op, IReadOnlyList<Tensor?> grads) =>
        ControlDependencies.With([grads[0]!],
            from r in MathOps.Reciprocal(op.Inputs[0])
            from g in GradOps.Mul(grads[0]!, r)
            select One(g));

    /// <summary><c>_AbsGrad</c>: <c>grad * sign(x)</c>.</summary>
    public static Tf<IReadOnlyList<Tensor?>> Abs(GradOp op, IReadOnlyList<Tensor?> grads) =>
        from s in MathOps.Sign(op.Inputs[0])
        from g in GradOps.Mul(grads[0]!, s)
        select One(g);

    /// <summary><c>_SignGrad</c>: <c>zeros(shape(x), dtype=x.dtype)</c>.</summary>
    public static Tf<IReadOnlyList<Tensor?>> Sign(GradOp op, IReadOnlyList<Tensor?> grads) =>
        from shape in ArrayOps.Shape(op.Inputs[0])
        from zeros in GradOps.ZerosOfShape(shape, op.Inputs[0].DType)
        select One(zeros);
}
