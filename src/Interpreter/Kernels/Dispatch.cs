using System.Numerics;
using ScopeFn.Core.Errors;
using ScopeFn.Core.Types;
using ScopeFn.Interpreter.Arrays;

namespace ScopeFn.Interpreter.Kernels;

/// <summary>An arithmetic operation generic over every numeric element type.</summary>
internal interface IArith
{
    static abstract T Apply<T>(T a, T b) where T : unmanaged, INumber<T>;
    static virtual bool Rows<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b, Span<T> r) where T : unmanaged, INumber<T> => false;
    static virtual bool RowScalar<T>(ReadOnlySpan<T> a, T b, Span<T> r) where T : unmanaged, INumber<T> => false;
    static virtual bool ScalarRow<T>(T a, ReadOnlySpan<T> b, Span<T> r) where T : unmanaged, INumber<T> => false;
}

internal readonly struct ArithFn<T, TOp> : IBinaryFn<T, T> where T : unmanaged, INumber<T> where TOp : IArith
{
    public static T Apply(T a, T b) => TOp.Apply(a, b);
    public static bool Rows(ReadOnlySpan<T> a, ReadOnlySpan<T> b, Span<T> r) => TOp.Rows(a, b, r);
    public static bool RowScalar(ReadOnlySpan<T> a, T b, Span<T> r) => TOp.RowScalar(a, b, r);
    public static bool ScalarRow(T a, ReadOnlySpan<T> b, Span<T> r) => TOp.ScalarRow(a, b, r);
}

/// <summary>A comparison generic over every numeric element type.</summary>
internal interface ICompare
{
    static abstract bool Apply<T>(T a, T b) where T : unmanaged, INumber<T>;
}

internal readonly struct CompareFn<T, TOp> : IBinaryFn<T, bool> where T : unmanaged, INumber<T> where TOp : ICompare
{
    public static bool Apply(T a, T b) => TOp.Apply(a, b);
}

/// <summary>An element-wise unary operation generic over numeric element types.</summary>
internal interface IUnary
{
    static abstract T Apply<T>(T x) where T : unmanaged, INumber<T>;
    static virtual bool Rows<T>(ReadOnlySpan<T> x, Span<T> r) where T : unmanaged, INumber<T> => false;
}

/// <summary>Routes a kernel to the typed implementation for its inputs' dtype.</summary>
internal static class Dispatch
{
    public static NdArray Arith<TOp>(string op, NdArray a, NdArray b, bool floatOnly = false) where TOp : IArith
    {
        SameDType(op, a, b);
        if (floatOnly && !a.DType.IsFloating) throw NoKernel(op, a.DType);
        return a switch
        {
            NdArray<float> x => BinaryEngine.Run<float, float, ArithFn<float, TOp>>(x, (NdArray<float>)b),
            NdArray<double> x => BinaryEngine.Run<double, double, ArithFn<double, TOp>>(x, (NdArray<double>)b),
            NdArray<Half> x => BinaryEngine.Run<Half, Half, ArithFn<Half, TOp>>(x, (NdArray<Half>)b),
            NdArray<int> x => BinaryEngine.Run<int, int, ArithFn<int, TOp>>(x, (NdArray<int>)b),
            NdArray<long> x => BinaryEngine.Run<long, long, ArithFn<long, TOp>>(x, (NdArray<long>)b),
            NdArray<sbyte> x => BinaryEngine.Run<sbyte, sbyte, ArithFn<sbyte, TOp>>(x, (NdArray<sbyte>)b),
            NdArray<short> x => BinaryEngine.Run<short, short, ArithFn<short, TOp>>(x, (NdArray<short>)b),
            NdArray<byte> x => BinaryEngine.Run<byte, byte, ArithFn<byte, TOp>>(x, (NdArray<byte>)b),
            NdArray<ushort> x => BinaryEngine.Run<ushort, ushort, ArithFn<ushort, TOp>>(x, (NdArray<ushort>)b),
            NdArray<uint> x => BinaryEngine.Run<uint, uint, ArithFn<uint, TOp>>(x, (NdArray<uint>)b),
            NdArray<ulong> x => BinaryEngine.Run<ulong, ulong, ArithFn<ulong, TOp>>(x, (NdArray<ulong>)b),
            _ => throw NoKernel(op, a.DType),
        };
    }

    public static NdArray<bool> Compare<TOp>(string op, NdArray a, NdArray b) where TOp : ICompare
    {
        SameDType(op, a, b);
        return a switch
        {
            NdArray<float> x => BinaryEngine.Run<float, bool, CompareFn<float, TOp>>(x, (NdArray<float>)b),
            NdArray<double> x => BinaryEngine.Run<double, bool, CompareFn<double, TOp>>(x, (NdArray<double>)b),
            NdArray<Half> x => BinaryEngine.Run<Half, bool, CompareFn<Half, TOp>>(x, (NdArray<Half>)b),
            NdArray<int> x => BinaryEngine.Run<int, bool, CompareFn<int, TOp>>(x, (NdArray<int>)b),
            NdArray<long> x => BinaryEngine.Run<long, bool, CompareFn<long, TOp>>(x, (NdArray<long>)b),
            NdArray<sbyte> x => BinaryEngine.Run<sbyte, bool, CompareFn<sbyte, TOp>>(x, (NdArray<sbyte>)b),
            NdArray<short> x => BinaryEngine.Run<short, bool, CompareFn<short, TOp>>(x, (NdArray<short>)b),
            NdArray<byte> x => BinaryEngine.Run<byte, bool, CompareFn<byte, TOp>>(x, (NdArray<byte>)b),
            NdArray<ushort> x => BinaryEngine.Run<ushort, bool, CompareFn<ushort, TOp>>(x, (NdArray<ushort>)b),
            NdArray<uint> x => BinaryEngine.Run<uint, bool, CompareFn<uint, TOp>>(x, (NdArray<uint>)b),
            NdArray<ulong> x => BinaryEngine.Run<ulong, bool, CompareFn<ulong, TOp>>(x, (NdArray<ulong>)b),
            _ => throw NoKernel(op, a.DType),
        };
    }

    public static NdArray Unary<TOp>(string op, NdArray a, bool floatOnly = false) where TOp : IUnary
    {
        if (floatOnly && !a.DType.IsFloating) throw NoKernel(op, a.DType);
        return a switch
        {
            NdArray<float> x => Map<float, TOp>(x),
            NdArray<double> x => Map<double, TOp>(x),
            NdArray<Half> x => Map<Half, TOp>(x),
            NdArray<int> x => Map<int, TOp>(x),
            NdArray<long> x => Map<long, TOp>(x),
            NdArray<sbyte> x => Map<sbyte, TOp>(x),
            NdArray<short> x => Map<short, TOp>(x),
            NdArray<byte> x => Map<byte, TOp>(x),
            NdArray<ushort> x => Map<ushort, TOp>(x),
            NdArray<uint> x => Map<uint, TOp>(x),
            NdArray<ulong> x => Map<ulong, TOp>(x),
            _ => throw NoKernel(op, a.DType),
        };
    }

    private static NdArray<T> Map<T, TOp>(NdArray<T> x) where T : unmanaged, INumber<T> where TOp : IUnary
    {
        var buf = NdArray<T>.AllocateForOverwrite(x.Shape.AsSpan());
        if (!TOp.Rows<T>(x.Data, buf))
        {
            var src = x.Data;
            for (var i = 0; i < buf.Length; i++) buf[i] = TOp.Apply(src[i]);
        }
        return NdArray<T>.Wrap(buf, x.Shape.AsSpan());
    }

    /// <summary>TF eager's message when an input's dtype disagrees with the op's T attr
    /// (execute.cc): "cannot compute Op as input #1(zero-based) was expected to be a float tensor but is a int32 tensor".</summary>
    public static void SameDType(string op, NdArray a, NdArray b, int index = 1)
    {
        if (a.DType != b.DType)
            throw OpError.InvalidArgument($"cannot compute {op} as input #{index}(zero-based) was expected to be a {a.DType.Name} tensor but is a {b.DType.Name} tensor").ToException();
    }

    /// <summary>The NotFoundError TF raises when no kernel is registered for the dtype; the list of
    /// registered kernels that TF appends is not reproduced.</summary>
    public static TfException NoKernel(string op, DType dtype) =>
        OpError.NotFound($"Could not find device for node: {{{{node {op}}}}} = {op}[T={DtName(dtype)}]").ToException();

    public static string DtName(DType dtype) => "DT_" + dtype.Enum.ToString().ToUpperInvariant();
}
