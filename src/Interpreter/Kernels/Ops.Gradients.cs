using System.Collections.Immutable;
using System.Numerics;
using ScopeFn.Core.Types;
using ScopeFn.Interpreter.Arrays;

namespace ScopeFn.Interpreter.Kernels;

public static partial class Ops
{
    /// <summary>ReluGrad: gradients where features &gt; 0, else 0 (relu_op.h).</summary>
    public static KernelResult<NdArray> ReluGrad(NdArray gradients, NdArray features) => Kernel.Run(() =>
    {
        SameSize("ReluGrad", gradients, features, "g and a must be the same size");
        return Dispatch.Arith<ReluGradOp>("ReluGrad", gradients, features);
    });

    /// <summary>SigmoidGrad(y, dy) = dy · y · (1 − y).</summary>
    public static KernelResult<NdArray> SigmoidGrad(NdArray y, NdArray dy) => Kernel.Run(() =>
    {
        SameSize("SigmoidGrad", y, dy, null);
        return Dispatch.Arith<SigmoidGradOp>("SigmoidGrad", y, dy, floatOnly: true);
    });

    /// <summary>TanhGrad(y, dy) = dy · (1 − y²).</summary>
    public static KernelResult<NdArray> TanhGrad(NdArray y, NdArray dy) => Kernel.Run(() =>
    {
        SameSize("TanhGrad", y, dy, null);
        return Dispatch.Arith<TanhGradOp>("TanhGrad", y, dy, floatOnly: true);
    });

    /// <summary>BroadcastGradientArgs: the axes each input's gradient is summed over (bcast.h grad_*_reduce_idx).
    /// Results are int32 unless <paramref name="outType"/> is int64.</summary>
    public static KernelResult<(NdArray R0, NdArray R1)> BroadcastGradientArgs(long[] s0, long[] s1, DType? outType = null) => Kernel.Run(() =>
    {
        // BCastGradArgsOp prints the shapes as bracketed comma lists, like ShortDebugString.
        var b = BroadcastShape.TryCreate(s0, s1) ?? throw Kernel.Invalid(BroadcastShape.IncompatibleMessage(s0, s1));
        var t = outType ?? DType.Int32;
        return (Casting.Cast(NdArray.Vector(b.GradXReduceIdx.ToArray()), t), Casting.Cast(NdArray.Vector(b.GradYReduceIdx.ToArray()), t));
    });

    /// <summary>Sums a broadcast gradient back to <paramref name="shape"/>: reduce over the
    /// BroadcastGradientArgs axes, then reshape (what the gradients of broadcasting ops do).</summary>
    public static KernelResult<NdArray> SumToShape(NdArray grad, long[] shape) => Kernel.Run(() =>
    {
        if (grad.Shape.AsSpan().SequenceEqual(shape)) return grad;
        var b = BroadcastShape.TryCreate(shape, grad.Shape.AsSpan());
        if (b is null || !b.Output.AsSpan().SequenceEqual(grad.Shape.AsSpan()))
            throw Kernel.Invalid(BroadcastShape.IncompatibleMessage(shape, grad.Shape.AsSpan()));
        var summed = Sum(grad, b.GradXReduceIdx.ToArray()).Value;
        return summed.Reshape(shape.ToImmutableArray());
    });

    // cwise_ops_common.h SimpleBinaryOp / relu_op.h ValidateSameSize: the two inputs must agree exactly.
    private static void SameSize(string op, NdArray a, NdArray b, string? message)
    {
        Dispatch.SameDType(op, a, b);
        if (!ShapeUtil.SameShape(a.Shape, b.Shape))
            throw Kernel.Invalid(message ?? $"Inputs to operation {op} of type {op} must have the same size and shape.  Input 0: {a.ShapeString} != input 1: {b.ShapeString}");
    }

    private readonly struct ReluGradOp : IArith
    {
        // relu_op_functor.h: gradients * (features > 0).cast<T>() — a product, not a select.
        public static T Apply<T>(T g, T f) where T : unmanaged, INumber<T> => g * (f > T.Zero ? T.One : T.Zero);
        public static bool Rows<T>(ReadOnlySpan<T> g, ReadOnlySpan<T> f, Span<T> r) where T : unmanaged, INumber<T>
        { if (!TypeInfo<T>.IsVectorFloat) return false; VectorRows.WhereAboveZero(g, f, r); return true; }
    }

    private readonly struct SigmoidGradOp : IArith
    {
        public static T Apply<T>(T y, T dy) where T : unmanaged, INumber<T> => dy * y * (T.One - y);
    }

    private readonly struct TanhGradOp : IArith
    {
        public static T Apply<T>(T y, T dy) where T : unmanaged, INumber<T> => dy * (T.One - y * y);
    }
}
