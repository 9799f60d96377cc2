using System.Numerics;
using ScopeFn.Interpreter.Arrays;

namespace ScopeFn.Interpreter.Kernels;

public static partial class Ops
{
    /// <summary>Sign: -1, 0 or 1 (a NaN stays NaN), cwise_op_sign.cc.</summary>
    public static KernelResult<NdArray> Sign(NdArray x) => Kernel.Run(() => Dispatch.Unary<SignOp>("Sign", x));

    /// <summary>Reciprocal: 1 / x (cwise_op_inverse.cc).</summary>
    public static KernelResult<NdArray> Reciprocal(NdArray x) => Kernel.Run(() => Dispatch.Unary<ReciprocalOp>("Reciprocal", x));

    /// <summary>SqrtGrad(y, dy) = dy · 0.5 / y (cwise_ops_gradients.h scalar_sqrt_gradient_op).</summary>
    public static KernelResult<NdArray> SqrtGrad(NdArray y, NdArray dy) => Kernel.Run(() =>
    {
        SameSize("SqrtGrad", y, dy, null);
        return Dispatch.Arith<SqrtGradOp>("SqrtGrad", y, dy, floatOnly: true);
    });

    /// <summary>ReciprocalGrad(y, dy) = -dy · y² (scalar_inverse_gradient_op).</summary>
    public static KernelResult<NdArray> ReciprocalGrad(NdArray y, NdArray dy) => Kernel.Run(() =>
    {
        SameSize("ReciprocalGrad", y, dy, null);
        return Dispatch.Arith<ReciprocalGradOp>("ReciprocalGrad", y, dy, floatOnly: true);
    });

    private readonly struct SignOp : IUnary
    {
        public static T Apply<T>(T x) where T : unmanaged, INumber<T> => x > T.Zero ? T.One : x < T.Zero ? T.Zero - T.One : x;
    }

    private readonly struct ReciprocalOp : IUnary
    {
        public static T Apply<T>(T x) where T : unmanaged, INumber<T> => T.One / x;
    }

    private readonly struct SqrtGradOp : IArith
    {
        public static T Apply<T>(T y, T dy) where T : unmanaged, INumber<T> => dy * (T.One / (T.One + T.One)) / y;
    }

    private readonly struct ReciprocalGradOp : IArith
    {
        public static T Apply<T>(T y, T dy) where T : unmanaged, INumber<T> => T.Zero - dy * y * y;
    }
}
