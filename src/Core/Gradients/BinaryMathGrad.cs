using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Ops;
using ScopeFn.Core.Scopes;
using ScopeFn.Core.Types;
using static ScopeFn.Core.Gradients.BroadcastGrad;

namespace ScopeFn.Core.Gradients;

/// <summary>math_grad.py's gradients of Maximum, Minimum, SquaredDifference, Pow, Select and SelectV2.</summary>
internal static class BinaryMathGrad
{
    public static Tf<IReadOnlyList<Tensor?>> Maximum(GradOp op, IReadOnlyList<Tensor?> grads) =>
        MaximumMinimum(op, grads[0]!, (x, y) => CompareOps.GreaterEqual(x, y));

    public static Tf<IReadOnlyList<Tensor?>> Minimum(GradOp op, IReadOnlyList<Tensor?> grads) =>
        MaximumMinimum(op, grads[0]!, (x, y) => CompareOps.LessEqual(x, y));

    /// <summary>
    /// <c>_MaximumMinimumGrad</c>: the shapes, zeros of the gradient's shape, the selector mask and
    /// BroadcastGradientArgs, then where_v2 of grad / zeros reduced and reshaped per argument. The
    /// tape skipping a scalar y takes <c>_MaximumMinimumGradInputOnly</c>.
    /// </summary>
    private static Tf<IReadOnlyList<Tensor?>> MaximumMinimum(GradOp op, Tensor grad, Func<Tensor, Tensor, Tf<Tensor>> selector)
    {
        var (x, y) = (op.Inputs[0], op.Inputs[1]);
        if (op.Skips(1) && IsScalar(y))
            return from zeros in ArrayOps.ZerosLike(grad)
                   from mask in selector(x, y)
                   from gx in ArrayOps.WhereV2(mask, grad, zeros)
                   select (IReadOnlyList<Tensor?>)[gx, null];
        return from sx in ArrayOps.Shape(x)
               from sy in ArrayOps.Shape(y)
               from gradShape in ArrayOps.Shape(grad)
               from zeros in GradOps.ZerosOfShape(gradShape, grad.DType)
               from mask in selector(x, y)
               from args in GradOps.GenOp("BroadcastGradientArgs", [sx, sy])
               from gx in op.Skips(0) ? Tf.Pure<Tensor?>(null) : Reduced(ArrayOps.WhereV2(mask, grad, zeros), args.Output(0), sx)
               from gy in op.Skips(1) ? Tf.Pure<Tensor?>(null) : Reduced(ArrayOps.WhereV2(mask, zeros, grad), args.Output(1), sy)
               select (IReadOnlyList<Tensor?>)[gx, gy];
    }

    private static Tf<Tensor?> Reduced(Tf<Tensor> value, Tensor axes, Tensor shape) =>
        from v in value
        from s in MathOps.ReduceSum(v, axes)
        from r in ArrayOps.Reshape(s, shape)
        select (Tensor?)r;

    /// <summary>
    /// <c>_SquaredDifferenceGrad</c>: under <c>control_dependencies([grad])</c>
    /// <c>scalar_mul(2.0, grad) * (x - y)</c> (a Const <c>scalar</c> and Mul, <c>sub</c>, <c>mul</c>);
    /// y's gradient is its negation.
    /// </summary>
    public static Tf<IReadOnlyList<Tensor?>> SquaredDifference(GradOp op, IReadOnlyList<Tensor?> grads)
    {
        var (x, y, grad) = (op.Inputs[0], op.Inputs[1], grads[0]!);
        return from xGrad in ControlDependencies.With([grad],
                   from scalar in Ops.Convert.ToTensor(2.0, dtype: grad.DType, name: "scalar")
                   from scaled in MathOps.Multiply(scalar, grad)
                   from diff in MathOps.Operator("sub", x, y)
                   from g in MathOps.Operator("mul", scaled, diff)
                   select g)
               from r in ShapesFullySpecifiedAndEqual(x, y, grad)
                   ? MathOps.Negative(xGrad).Select(n => (IReadOnlyList<Tensor?>)[xGrad, n])
                   : Broadcast(op, x, y, xGrad)
               select r;
    }

    private static Tf<IReadOnlyList<Tensor?>> Broadcast(GradOp op, Tensor x, Tensor y, Tensor xGrad)
    {
        Tensor? gx = op.Skips(0) ? null : xGrad;
        return from n in op.Skips(1) ? Tf.Pure<Tensor?>(null) : MathOps.Negative(xGrad).Select(t => (Tensor?)t)
               from reduced in ReduceGradientArgs(x, y, gx, n)
               select reduced;
    }

    /// <summary>
    /// <c>_PowGrad</c>: <c>grad * y * pow(x, y - 1)</c> for x and, unless the tape skips it,
    /// <c>grad * z * log_x</c> for y with <c>log_x</c> zero where <c>x &lt;= 0</c> (where / ones_like /
    /// log / zeros_like); a scalar y the tape skips takes the first product only.
    /// </summary>
    public static Tf<IReadOnlyList<Tensor?>> Pow(GradOp op, IReadOnlyList<Tensor?> grads)
    {
        var (x, y, grad) = (op.Inputs[0], op.Inputs[1], grads[0]!);
        Tf<Tensor> Gx() =>
            from gy1 in MathOps.Operator("mul", grad, y)
            from ym1 in MathOps.Operator("sub", y, 1L)
            from p in MathOps.Pow(x, ym1)
            from g in MathOps.Operator("mul", gy1, p)
            select g;
        if (op.Skips(1) && IsScalar(y)) return Gx().Select(g => (IReadOnlyList<Tensor?>)[g, null]);
        return from gx in op.Skips(0) ? Tf.Pure<Tensor?>(null) : Gx().Select(t => (Tensor?)t)
               from gy in op.Skips(1) ? Tf.Pure<Tensor?>(null) :
                   from mask in CompareOps.Greater(x, 0L)
                   from ones in ArrayOps.OnesLike(x)
                   from safeX in ArrayOps.WhereV1(mask, x, ones)
                   from log in MathOps.Log(safeX)
                   from zeros in ArrayOps.ZerosLike(x)
                   from logX in ArrayOps.WhereV1(mask, log, zeros)
                   from gz in MathOps.Operator("mul", grad, op.Outputs[0])
                   from g in MathOps.Operator("mul", gz, logX)
                   select (Tensor?)g
               from r in ReduceGradientArgs(x, y, gx, gy)
               select r;
    }

    /// <summary><c>_SelectGrad</c>: zeros_like(x), then where(c, grad, zeros) and where(c, zeros, grad).</summary>
    public static Tf<IReadOnlyList<Tensor?>> Select(GradOp op, IReadOnlyList<Tensor?> grads) =>
        from zeros in ArrayOps.ZerosLike(op.Inputs[1])
        from gx in ArrayOps.WhereV1(op.Inputs[0], grads[0]!, zeros)
        from gy in ArrayOps.WhereV1(op.Inputs[0], zeros, grads[0]!)
        select (IReadOnlyList<Tensor?>)[null, gx, gy];

    /// <summary>
    /// <c>_SelectGradV2</c>: a scalar zero, then per branch where_v2, the broadcast axes against the
    /// output's shape, a keepdims sum and a reshape to the branch's shape.
    /// </summary>
    public static Tf<IReadOnlyList<Tensor?>> SelectV2(GradOp op, IReadOnlyList<Tensor?> grads)
    {
        var (c, x, y, grad) = (op.Inputs[0], op.Inputs[1], op.Inputs[2], grads[0]!);
        Tf<Tensor> Branch(Tensor branch, Tensor zeros, bool first) =>
            from g in first ? ArrayOps.WhereV2(c, grad, zeros) : ArrayOps.WhereV2(c, zeros, grad)
            from shape in ArrayOps.Shape(branch)
            from outputShape in ArrayOps.Shape(op.Outputs[0])
            from args in GradOps.GenOp("BroadcastGradientArgs", [shape, outputShape])
            from summed in MathOps.ReduceSum(g, args.Output(0), keepDims: true)
            from r in ArrayOps.Reshape(summed, shape)
            select r;
        return from zeros in ArrayOps.Zeros([], grad.DType)
               from gx in Branch(x, zeros, true)
               from gy in Branch(y, zeros, false)
               select (IReadOnlyList<Tensor?>)[null, gx, gy];
    }
}
