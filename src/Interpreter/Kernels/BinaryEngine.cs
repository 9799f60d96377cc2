using ScopeFn.Interpreter.Arrays;

namespace ScopeFn.Interpreter.Kernels;

/// <summary>An element-wise binary function with optional vectorised row forms.</summary>
internal interface IBinaryFn<TIn, TOut>
{
    static abstract TOut Apply(TIn a, TIn b);

    /// <summary>Same-length rows; return false to fall back to <see cref="Apply"/> per element.</summary>
    static virtual bool Rows(ReadOnlySpan<TIn> a, ReadOnlySpan<TIn> b, Span<TOut> r) => false;
    static virtual bool RowScalar(ReadOnlySpan<TIn> a, TIn b, Span<TOut> r) => false;
    static virtual bool ScalarRow(TIn a, ReadOnlySpan<TIn> b, Span<TOut> r) => false;
}

/// <summary>Applies a binary function under numpy/TF broadcasting, walking contiguous inner runs.</summary>
internal static class BinaryEngine
{
    public static NdArray<TOut> Run<TIn, TOut, TFn>(NdArray<TIn> a, NdArray<TIn> b) where TFn : IBinaryFn<TIn, TOut>
    {
        var shape = BroadcastShape.Create(a.Shape.AsSpan(), b.Shape.AsSpan()).Output;
        // Every path below writes every output element.
        var outBuf = NdArray<TOut>.AllocateForOverwrite(shape.AsSpan());
        if (outBuf.Length == 0) return NdArray<TOut>.Wrap(outBuf, shape.AsSpan());
        var x = a.Data;
        var y = b.Data;
        if (x.Length == outBuf.Length && y.Length == outBuf.Length) Row<TIn, TOut, TFn>(x, y, outBuf);
        else if (y.Length == 1 && x.Length == outBuf.Length) RowScalar<TIn, TOut, TFn>(x, y[0], outBuf);
        else if (x.Length == 1 && y.Length == outBuf.Length) ScalarRow<TIn, TOut, TFn>(x[0], y, outBuf);
        else General<TIn, TOut, TFn>(a, b, shape.AsSpan(), outBuf);
        return NdArray<TOut>.Wrap(outBuf, shape.AsSpan());
    }

    private static void General<TIn, TOut, TFn>(NdArray<TIn> a, NdArray<TIn> b, ReadOnlySpan<long> shape, TOut[] outBuf)
        where TFn : IBinaryFn<TIn, TOut>
    {
        var plan = BroadcastPlan.Create(shape, a.Shape.ToArray(), b.Shape.ToArray());
        var dims = plan.Dims;
        var sa = plan.Strides[0];
        var sb = plan.Strides[1];
        var last = dims.Length - 1;
        var inner = (int)dims[last];
        var x = a.Data;
        var y = b.Data;
        var index = new long[dims.Length];
        long offA = 0, offB = 0;
        for (long o = 0; o < outBuf.Length; o += inner)
        {
            var r = outBuf.AsSpan((int)o, inner);
            if (sa[last] != 0 && sb[last] != 0) Row<TIn, TOut, TFn>(x.AsSpan((int)offA, inner), y.AsSpan((int)offB, inner), r);
            else if (sa[last] != 0) RowScalar<TIn, TOut, TFn>(x.AsSpan((int)offA, inner), y[offB], r);
            else if (sb[last] != 0) ScalarRow<TIn, TOut, TFn>(x[offA], y.AsSpan((int)offB, inner), r);
            else r.Fill(TFn.Apply(x[offA], y[offB]));
            // Odometer over the outer dimensions.
            for (var d = last - 1; d >= 0; d--)
            {
                offA += sa[d];
                offB += sb[d];
                if (++index[d] < dims[d]) break;
                offA -= sa[d] * dims[d];
                offB -= sb[d] * dims[d];
                index[d] = 0;
            }
        }
    }

    private static void Row<TIn, TOut, TFn>(ReadOnlySpan<TIn> a, ReadOnlySpan<TIn> b, Span<TOut> r) where TFn : IBinaryFn<TIn, TOut>
    {
        if (TFn.Rows(a, b, r)) return;
        for (var i = 0; i < r.Length; i++) r[i] = TFn.Apply(a[i], b[i]);
    }

    private static void RowScalar<TIn, TOut, TFn>(ReadOnlySpan<TIn> a, TIn b, Span<TOut> r) where TFn : IBinaryFn<TIn, TOut>
    {
        if (TFn.RowScalar(a, b, r)) return;
        for (var i = 0; i < r.Length; i++) r[i] = TFn.Apply(a[i], b);
    }

    private static void ScalarRow<TIn, TOut, TFn>(TIn a, ReadOnlySpan<TIn> b, Span<TOut> r) where TFn : IBinaryFn<TIn, TOut>
    {
        if (TFn.ScalarRow(a, b, r)) return;
        for (var i = 0; i < r.Length; i++) r[i] = TFn.Apply(a, b[i]);
    }
}
