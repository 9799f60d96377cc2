using System.Numerics;
using System.Numerics.Tensors;
using System.Runtime.InteropServices;
using ScopeFn.Interpreter.Arrays;

namespace ScopeFn.Interpreter.Kernels;

// Element functions of TF's unary cwise kernels. Integer negation and abs wrap at the minimum
// value, as the C++ kernels do (C#'s checked Abs would throw instead).

internal readonly struct NegOp : IUnary
{
    public static T Apply<T>(T x) where T : unmanaged, INumber<T> => T.Zero - x;
    public static bool Rows<T>(ReadOnlySpan<T> x, Span<T> r) where T : unmanaged, INumber<T>
    { if (!TypeInfo<T>.IsVectorFloat) return false; TensorPrimitives.Negate(x, r); return true; }
}

internal readonly struct AbsOp : IUnary
{
    public static T Apply<T>(T x) where T : unmanaged, INumber<T> => T.IsNegative(x) ? T.Zero - x : TypeInfo<T>.IsFloat ? T.Abs(x) : x;
    public static bool Rows<T>(ReadOnlySpan<T> x, Span<T> r) where T : unmanaged, INumber<T>
    { if (!TypeInfo<T>.IsVectorFloat) return false; TensorPrimitives.Abs(x, r); return true; }
}

internal readonly struct SquareOp : IUnary
{
    public static T Apply<T>(T x) where T : unmanaged, INumber<T> => x * x;
    public static bool Rows<T>(ReadOnlySpan<T> x, Span<T> r) where T : unmanaged, INumber<T>
    { if (!TypeInfo<T>.IsVectorFloat) return false; TensorPrimitives.Multiply(x, x, r); return true; }
}

internal readonly struct SqrtOp : IUnary
{
    public static bool Rows<T>(ReadOnlySpan<T> x, Span<T> r) where T : unmanaged, INumber<T>
    {
        if (typeof(T) == typeof(float)) { TensorPrimitives.Sqrt(MemoryMarshal.Cast<T, float>(x), MemoryMarshal.Cast<T, float>(r)); return true; }
        if (typeof(T) == typeof(double)) { TensorPrimitives.Sqrt(MemoryMarshal.Cast<T, double>(x), MemoryMarshal.Cast<T, double>(r)); return true; }
        return false;
    }
    public static T Apply<T>(T x) where T : unmanaged, INumber<T> => FloatMath.Sqrt(x);
}

internal readonly struct RsqrtOp : IUnary
{
    public static T Apply<T>(T x) where T : unmanaged, INumber<T> => FloatMath.Rsqrt(x);
}

internal readonly struct ExpOp : IUnary
{
    public static bool Rows<T>(ReadOnlySpan<T> x, Span<T> r) where T : unmanaged, INumber<T>
    {
        if (typeof(T) == typeof(float)) { TensorPrimitives.Exp(MemoryMarshal.Cast<T, float>(x), MemoryMarshal.Cast<T, float>(r)); return true; }
        if (typeof(T) == typeof(double)) { TensorPrimitives.Exp(MemoryMarshal.Cast<T, double>(x), MemoryMarshal.Cast<T, double>(r)); return true; }
        return false;
    }
    public static T Apply<T>(T x) where T : unmanaged, INumber<T> => FloatMath.Exp(x);
}

internal readonly struct LogOp : IUnary
{
    public static bool Rows<T>(ReadOnlySpan<T> x, Span<T> r) where T : unmanaged, INumber<T>
    {
        if (typeof(T) == typeof(float)) { TensorPrimitives.Log(MemoryMarshal.Cast<T, float>(x), MemoryMarshal.Cast<T, float>(r)); return true; }
        if (typeof(T) == typeof(double)) { TensorPrimitives.Log(MemoryMarshal.Cast<T, double>(x), MemoryMarshal.Cast<T, double>(r)); return true; }
        return false;
    }
    public static T Apply<T>(T x) where T : unmanaged, INumber<T> => FloatMath.Log(x);
}

internal readonly struct TanhOp : IUnary
{
    public static bool Rows<T>(ReadOnlySpan<T> x, Span<T> r) where T : unmanaged, INumber<T>
    {
        if (typeof(T) == typeof(float)) { TensorPrimitives.Tanh(MemoryMarshal.Cast<T, float>(x), MemoryMarshal.Cast<T, float>(r)); return true; }
        if (typeof(T) == typeof(double)) { TensorPrimitives.Tanh(MemoryMarshal.Cast<T, double>(x), MemoryMarshal.Cast<T, double>(r)); return true; }
        return false;
    }
    public static T Apply<T>(T x) where T : unmanaged, INumber<T> => FloatMath.Tanh(x);
}

internal readonly struct SigmoidOp : IUnary
{
    public static bool Rows<T>(ReadOnlySpan<T> x, Span<T> r) where T : unmanaged, INumber<T>
    {
        if (typeof(T) == typeof(float)) { TensorPrimitives.Sigmoid(MemoryMarshal.Cast<T, float>(x), MemoryMarshal.Cast<T, float>(r)); return true; }
        if (typeof(T) == typeof(double)) { TensorPrimitives.Sigmoid(MemoryMarshal.Cast<T, double>(x), MemoryMarshal.Cast<T, double>(r)); return true; }
        return false;
    }
    public static T Apply<T>(T x) where T : unmanaged, INumber<T> => FloatMath.Sigmoid(x);
}

/// <summary>Relu is Eigen's <c>cwiseMax(0)</c>, i.e. <c>x &lt; 0 ? 0 : x</c>: NaN and -0 pass through.</summary>
internal readonly struct ReluOp : IUnary
{
    public static T Apply<T>(T x) where T : unmanaged, INumber<T> => x < T.Zero ? T.Zero : x;
    public static bool Rows<T>(ReadOnlySpan<T> x, Span<T> r) where T : unmanaged, INumber<T>
    { if (!TypeInfo<T>.IsVectorFloat) return false; VectorRows.ZeroBelow(x, r); return true; }
}

/// <summary>Relu6 is <c>cwiseMax(0).cwiseMin(6)</c>.</summary>
internal readonly struct Relu6Op : IUnary
{
    public static T Apply<T>(T x) where T : unmanaged, INumber<T>
    {
        var six = T.CreateTruncating(6);
        var y = x < T.Zero ? T.Zero : x;
        return six < y ? six : y;
    }
}
