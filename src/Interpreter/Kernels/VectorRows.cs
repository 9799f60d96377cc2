using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ScopeFn.Interpreter.Kernels;

/// <summary>
/// Select-style element functions TensorPrimitives has no exact match for (its Max turns -0 into
/// +0, which Eigen's <c>cwiseMax(0)</c> does not), written with <see cref="Vector{T}"/> compares and
/// selects so NaN and -0 keep the scalar definitions' results.
/// </summary>
internal static class VectorRows
{
    /// <summary>r = x &lt; 0 ? 0 : x.</summary>
    public static void ZeroBelow<T>(ReadOnlySpan<T> x, Span<T> r) where T : unmanaged, INumber<T>
    {
        if (r.Length < x.Length) throw new ArgumentException("destination too short");
        ref var xs = ref MemoryMarshal.GetReference(x);
        ref var rs = ref MemoryMarshal.GetReference(r);
        var i = 0;
        if (Vector.IsHardwareAccelerated && Vector<T>.IsSupported)
        {
            var zero = Vector<T>.Zero;
            for (; i <= x.Length - Vector<T>.Count; i += Vector<T>.Count)
            {
                var v = Vector.LoadUnsafe(ref xs, (nuint)i);
                Vector.ConditionalSelect(Vector.LessThan(v, zero), zero, v).StoreUnsafe(ref rs, (nuint)i);
            }
        }
        for (; i < x.Length; i++)
        {
            var v = Unsafe.Add(ref xs, i);
            Unsafe.Add(ref rs, i) = v < T.Zero ? T.Zero : v;
        }
    }

    /// <summary>r = g · (f &gt; 0 ? 1 : 0), as relu_op_functor.h's ReluGrad writes it: a product, so a
    /// NaN or infinite g still gives NaN where f ≤ 0, and a negative g gives −0.</summary>
    public static void WhereAboveZero<T>(ReadOnlySpan<T> g, ReadOnlySpan<T> f, Span<T> r) where T : unmanaged, INumber<T>
    {
        if (f.Length != g.Length || r.Length < g.Length) throw new ArgumentException("span lengths differ");
        ref var gs = ref MemoryMarshal.GetReference(g);
        ref var fs = ref MemoryMarshal.GetReference(f);
        ref var rs = ref MemoryMarshal.GetReference(r);
        var i = 0;
        if (Vector.IsHardwareAccelerated && Vector<T>.IsSupported)
        {
            var (zero, one) = (Vector<T>.Zero, Vector<T>.One);
            for (; i <= g.Length - Vector<T>.Count; i += Vector<T>.Count)
            {
                var fv = Vector.LoadUnsafe(ref fs, (nuint)i);
                var gv = Vector.LoadUnsafe(ref gs, (nuint)i);
                (gv * Vector.ConditionalSelect(Vector.GreaterThan(fv, zero), one, zero)).StoreUnsafe(ref rs, (nuint)i);
            }
        }
        for (; i < g.Length; i++)
            Unsafe.Add(ref rs, i) = Unsafe.Add(ref gs, i) * (Unsafe.Add(ref fs, i) > T.Zero ? T.One : T.Zero);
    }
}
