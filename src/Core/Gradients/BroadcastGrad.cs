using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Types;

namespace ScopeFn.Core.Gradients;

/// <summary>
/// math_grad.py's reduction of a broadcasting binary op's gradients back to each argument's shape:
/// <c>SmartBroadcastGradientArgs</c> (shapes as tensors, reduction axes inferred statically when
/// possible, else a BroadcastGradientArgs op), <c>_ReduceGradientArg(s)</c>.
/// </summary>
internal static class BroadcastGrad
{
    private sealed record Arg(Tensor Shape, object Axes, bool MustReduce);

    public static Tf<IReadOnlyList<Tensor?>> ReduceGradientArgs(Tensor x, Tensor y, Tensor? gx, Tensor? gy)
    {
        if (gx is null && gy is null) return Tf.Pure<IReadOnlyList<Tensor?>>([gx, gy]);
        return from args in SmartBroadcastGradientArgs(x, y)
               from rx in ReduceGradientArg(gx, args.X)
               from ry in ReduceGradientArg(gy, args.Y)
               select (IReadOnlyList<Tensor?>)[rx, ry];
    }

    private static Tf<(Arg X, Arg Y)> SmartBroadcastGradientArgs(Tensor x, Tensor y) =>
        from sx in GradOps.Shape(x)
        from sy in GradOps.Shape(y)
        from r in InferGradientReductionAxes(x.Shape, y.Shape) is { } axes
            ? Tf.Pure((
                new Arg(sx, axes.X.Select(a => (object)a).ToList(), axes.X.Count > 0 || x.Shape.Rank < y.Shape.Rank),
                new Arg(sy, axes.Y.Select(a => (object)a).ToList(), axes.Y.Count > 0 || y.Shape.Rank < x.Shape.Rank)))
            : GradOps.GenOp("BroadcastGradientArgs", [sx, sy]).Select(op =>
                (new Arg(sx, op.Output(0), true), new Arg(sy, op.Output(1), true)))
        select r;

    /// <summary><c>_InferGradientReductionAxes</c>: the axes each argument was broadcast along, or null when a dimension is unknown where it matters.</summary>
    public static (List<long> X, List<long> Y)? InferGradientReductionAxes(TensorShape x, TensorShape y)
    {
        if (x.Dims is not { } xd || y.Dims is not { } yd) return null;
        var rank = Math.Max(xd.Length, yd.Length);
        var (xa, ya) = (new List<long>(), new List<long>());
        for (var axis = 0; axis < rank; axis++)
        {
            long? xDim = axis < rank - xd.Length ? 1 : xd[axis - (rank - xd.Length)];
            long? yDim = axis < rank - yd.Length ? 1 : yd[axis - (rank - yd.Length)];
            if (xDim == 1 && yDim != 1) xa.Add(axis);
            else if (yDim == 1 && xDim != 1) ya.Add(axis);
            else if (xDim is null || yDim is null) return null;
        }
        return (xa, ya);
    }

    private static Tf<Tensor?> ReduceGradientArg(Tensor? grad, Arg arg) =>
        grad is null || !arg.MustReduce
            ? Tf.Pure(grad)
            : from summed in GradOps.Sum(grad, arg.Axes, keepDims: true)
              from reshaped in GradOps.Reshape(summed, arg.Shape)
              select (Tensor?)reshaped;

    /// <summary><c>_ShapesFullySpecifiedAndEqual</c>.</summary>
    public static bool ShapesFullySpecifiedAndEqual(Tensor x, Tensor y, Tensor grad) =>
        x.Shape.IsFullyDefined && x.Shape.Equals(y.Shape) && x.Shape.Equals(grad.Shape);

    /// <summary><c>_IsScalar</c>: a known rank-0 shape.</summary>
    public static bool IsScalar(Tensor x) => x.Shape.Rank == 0;
}
