using MathNet.Numerics.Providers.LinearAlgebra;

namespace ScopeFn.Interpreter.Blas;

/// <summary>
/// GEMM through MathNet's managed provider. MathNet is column-major, and a row-major matrix's
/// storage read column-major is its transpose, so C = op(A)·op(B) is computed as
/// Cᵀ = op(B)ᵀ·op(A)ᵀ over the same buffers: B's storage goes first, A's second, no data is transposed.
/// </summary>
public sealed class ManagedGemm : IGemm
{
    public static ManagedGemm Instance { get; } = new();

    private static readonly ManagedLinearAlgebraProvider Provider = new();

    public string Name => "MathNet managed";

    public void Sgemm(bool transA, bool transB, int m, int n, int k, float[] a, int aOffset, float[] b, int bOffset, float[] c, int cOffset)
    {
        if (m == 0 || n == 0) return;
        if (k == 0) { Array.Clear(c, cOffset, m * n); return; }
        var (bs, as_, cs) = (Exact(b, bOffset, k * n), Exact(a, aOffset, m * k), ExactOut(c, cOffset, m * n));
        // C may arrive uninitialised; clear it so beta = 0 cannot meet a NaN left in the buffer.
        Array.Clear(cs, ReferenceEquals(cs, c) ? cOffset : 0, m * n);
        Provider.MatrixMultiplyWithUpdate(
            transB ? Transpose.Transpose : Transpose.DontTranspose, transA ? Transpose.Transpose : Transpose.DontTranspose,
            1f, bs, transB ? k : n, transB ? n : k, as_, transA ? m : k, transA ? k : m, 0f, cs);
        if (!ReferenceEquals(cs, c)) Array.Copy(cs, 0, c, cOffset, m * n);
    }

    public void Dgemm(bool transA, bool transB, int m, int n, int k, double[] a, int aOffset, double[] b, int bOffset, double[] c, int cOffset)
    {
        if (m == 0 || n == 0) return;
        if (k == 0) { Array.Clear(c, cOffset, m * n); return; }
        var (bs, as_, cs) = (Exact(b, bOffset, k * n), Exact(a, aOffset, m * k), ExactOut(c, cOffset, m * n));
        Array.Clear(cs, ReferenceEquals(cs, c) ? cOffset : 0, m * n);
        Provider.MatrixMultiplyWithUpdate(
            transB ? Transpose.Transpose : Transpose.DontTranspose, transA ? Transpose.Transpose : Transpose.DontTranspose,
            1.0, bs, transB ? k : n, transB ? n : k, as_, transA ? m : k, transA ? k : m, 0.0, cs);
        if (!ReferenceEquals(cs, c)) Array.Copy(cs, 0, c, cOffset, m * n);
    }

    // MathNet takes whole arrays without offsets; batch slices are copied out, whole matrices are used in place.
    private static T[] Exact<T>(T[] x, int offset, int length)
    {
        if (offset == 0 && x.Length == length) return x;
        var copy = new T[length];
        Array.Copy(x, offset, copy, 0, length);
        return copy;
    }

    private static T[] ExactOut<T>(T[] x, int offset, int length) => offset == 0 && x.Length == length ? x : new T[length];
}
