using System.Runtime.CompilerServices;
using System.Collections.Immutable;
using ScopeFn.Core.Errors;

namespace ScopeFn.Interpreter.Arrays;

/// <summary>An n-d array whose elements are <typeparamref name="T"/>, stored flat in row-major order.</summary>
public sealed class NdArray<T> : NdArray
{
    private readonly T[] _data;

    /// <summary>Wraps <paramref name="data"/> without copying; callers hand over ownership.</summary>
    internal NdArray(T[] data, ImmutableArray<long> shape) : base(TypeInfo<T>.DType, shape)
    {
        if (data.LongLength != Size)
            throw new ArgumentException($"buffer has {data.LongLength} elements but shape {ShapeUtil.DebugString(shape)} needs {Size}");
        _data = data;
    }

    public ReadOnlySpan<T> Span => _data;

    /// <summary>The backing buffer, for kernels that hand it to BLAS; never mutated after construction.</summary>
    internal T[] Data => _data;

    internal override object Storage => _data;

    public T this[long flatIndex] => _data[flatIndex];

    /// <summary>The element at a multi-index (one entry per dimension).</summary>
    public T At(params long[] index)
    {
        if (index.Length != Rank) throw new ArgumentException($"expected {Rank} indices, got {index.Length}");
        long flat = 0;
        for (var i = 0; i < index.Length; i++)
        {
            if ((ulong)index[i] >= (ulong)Shape[i]) throw new IndexOutOfRangeException($"index {index[i]} out of range for dimension {i} of size {Shape[i]}");
            flat = flat * Shape[i] + index[i];
        }
        return _data[flat];
    }

    /// <summary>The single element of a one-element array.</summary>
    public T ScalarValue => Size == 1 ? _data[0] : throw new InvalidOperationException($"array of shape {ShapeString} is not a scalar");

    public override object GetBoxed(long flatIndex) => _data[flatIndex]!;

    public override NdArray<T> Reshape(ImmutableArray<long> shape)
    {
        if (ShapeUtil.NumElements(shape.AsSpan()) != Size)
            throw new ArgumentException($"cannot reshape {ShapeString} ({Size} elements) to {ShapeUtil.DebugString(shape)}");
        return new NdArray<T>(_data, shape);
    }

    public new NdArray<T> Reshape(params long[] shape) => Reshape(shape.ToImmutableArray());

    /// <summary>Allocates a zeroed buffer for <paramref name="shape"/>, after the memory budget agrees.</summary>
    internal static T[] AllocateBuffer(ReadOnlySpan<long> shape)
    {
        MemoryBudget.Current.Require(shape, TypeInfo<T>.DType);
        var n = ShapeUtil.NumElements(shape);
        if (n == 0) return [];
        try
        {
            return typeof(T) == typeof(string) ? FilledStrings(n) : new T[n];
        }
        catch (OutOfMemoryException)
        {
            throw MemoryBudget.OomError(shape, TypeInfo<T>.DType).ToException();
        }
    }

    /// <summary>
    /// Like <see cref="AllocateBuffer"/> but with unspecified contents, for kernels that write every
    /// element (element-wise maps, GEMM with beta 0): skipping the clear saves a pass over large outputs.
    /// </summary>
    internal static T[] AllocateForOverwrite(ReadOnlySpan<long> shape)
    {
        if (typeof(T) == typeof(string) || RuntimeHelpers.IsReferenceOrContainsReferences<T>()) return AllocateBuffer(shape);
        MemoryBudget.Current.Require(shape, TypeInfo<T>.DType);
        var n = ShapeUtil.NumElements(shape);
        if (n == 0) return [];
        if (n > Array.MaxLength) throw MemoryBudget.OomError(shape, TypeInfo<T>.DType).ToException();
        try
        {
            return RentFromSession((int)n) ?? GC.AllocateUninitializedArray<T>((int)n);
        }
        catch (OutOfMemoryException)
        {
            throw MemoryBudget.OomError(shape, TypeInfo<T>.DType).ToException();
        }
    }

    private static T[]? RentFromSession(int n)
    {
        if (typeof(T) == typeof(float)) return (T[]?)(object?)BufferRecycler.TryRent<float>(n);
        if (typeof(T) == typeof(double)) return (T[]?)(object?)BufferRecycler.TryRent<double>(n);
        return null;
    }

    // TF default-initialises string tensors to empty strings, never null.
    private static T[] FilledStrings(long n)
    {
        var a = new T[n];
        Array.Fill(a, (T)(object)string.Empty);
        return a;
    }

    /// <summary>Builds an array from a freshly allocated buffer the caller filled.</summary>
    internal static NdArray<T> Wrap(T[] data, ReadOnlySpan<long> shape) => new(data, shape.ToImmutableArray());

    public override bool Equals(NdArray? other)
    {
        if (other is not NdArray<T> o || !ShapeUtil.SameShape(Shape, o.Shape)) return false;
        var cmp = EqualityComparer<T>.Default;
        for (var i = 0; i < _data.Length; i++)
            if (!cmp.Equals(_data[i], o._data[i])) return false;
        return true;
    }

    public override int GetHashCode() => base.GetHashCode();
}
