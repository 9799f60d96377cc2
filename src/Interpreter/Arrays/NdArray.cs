using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using ScopeFn.Core.Types;

namespace ScopeFn.Interpreter.Arrays;

/// <summary>
/// An immutable, row-major n-d array: a tensor value. The typed subclass <see cref="NdArray{T}"/>
/// owns a flat buffer of exactly <see cref="Size"/> elements; reshapes share it.
/// </summary>
public abstract partial class NdArray : IEquatable<NdArray>
{
    private protected NdArray(DType dtype, ImmutableArray<long> shape)
    {
        DType = dtype;
        Shape = shape;
        Size = ShapeUtil.NumElements(shape.AsSpan());
    }

    public DType DType { get; }
    public ImmutableArray<long> Shape { get; }
    public long Size { get; }
    public int Rank => Shape.Length;
    public bool IsScalar => Shape.Length == 0;

    /// <summary>The partial-shape view Core uses for static shapes.</summary>
    public TensorShape TensorShape => TensorShape.Of(Shape.ToArray());

    /// <summary>TF's shape DebugString, e.g. <c>[2,3]</c>.</summary>
    public string ShapeString => ShapeUtil.DebugString(Shape);

    /// <summary>The element at a flat row-major index, boxed.</summary>
    public abstract object GetBoxed(long flatIndex);

    /// <summary>The backing buffer, compared by reference to tell which arrays share storage.</summary>
    internal abstract object Storage { get; }

    /// <summary>A view with a new shape over the same storage; the element count must match.</summary>
    public abstract NdArray Reshape(ImmutableArray<long> shape);

    public NdArray Reshape(params long[] shape) => Reshape(shape.ToImmutableArray());

    /// <summary>The value as nested lists (Python <c>.tolist()</c>): a scalar is the bare element.</summary>
    public object ToNested()
    {
        if (Rank == 0) return GetBoxed(0);
        long index = 0;
        return Build(0, ref index);
    }

    private List<object> Build(int dim, ref long index)
    {
        var n = (int)Shape[dim];
        var list = new List<object>(n);
        for (var i = 0; i < n; i++)
        {
            if (dim == Rank - 1) list.Add(GetBoxed(index++));
            else list.Add(Build(dim + 1, ref index));
        }
        return list;
    }

    /// <summary>All elements in row-major order, boxed.</summary>
    public IEnumerable<object> Elements()
    {
        for (long i = 0; i < Size; i++) yield return GetBoxed(i);
    }

    public abstract bool Equals(NdArray? other);

    public override bool Equals(object? obj) => obj is NdArray a && Equals(a);

    public override int GetHashCode()
    {
        var h = HashCode.Combine(DType, Shape.Length);
        foreach (var d in Shape) h = HashCode.Combine(h, d);
        return h;
    }

    /// <summary>A numpy-like rendering for diagnostics: <c>float32[2,2]{[1, 2], [3, 4]}</c>.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        sb.Append(DType.Name).Append(ShapeString).Append('{');
        Render(sb, ToNested());
        return sb.Append('}').ToString();
    }

    private static void Render(StringBuilder sb, object value)
    {
        if (value is List<object> list)
        {
            sb.Append('[');
            for (var i = 0; i < list.Count; i++)
            {
                if (i > 0) sb.Append(", ");
                Render(sb, list[i]);
            }
            sb.Append(']');
        }
        else sb.Append(value is IFormattable f ? f.ToString(null, CultureInfo.InvariantCulture) : value.ToString());
    }
}
