using System.Numerics;
using ScopeFn.Core.Types;
using ScopeFn.Interpreter.Arrays;
using ScopeFn.Interpreter.Blas;

namespace ScopeFn.Interpreter.Kernels;

public static partial class Ops
{
    /// <summary>MatMul of two matrices (matmul_op.cc). float32/float64 go to the BLAS provider
    /// (<see cref="BlasInfo.Current"/> unless one is given); half is multiplied in float and rounded;
    /// integer types use an exact wrapping triple loop.</summary>
    public static KernelResult<NdArray> MatMul(NdArray a, NdArray b, bool transposeA = false, bool transposeB = false, IGemm? gemm = null) => Kernel.Run(() =>
    {
        Dispatch.SameDType("MatMul", a, b);
        if (a.Rank != 2) throw Kernel.Invalid("In[0] is not a matrix. Instead it has shape " + a.ShapeString);
        if (b.Rank != 2) throw Kernel.Invalid("In[1] is not a matrix. Instead it has shape " + b.ShapeString);
        var (m, k) = transposeA ? (a.Shape[1], a.Shape[0]) : (a.Shape[0], a.Shape[1]);
        var (k2, n) = transposeB ? (b.Shape[1], b.Shape[0]) : (b.Shape[0], b.Shape[1]);
        if (k != k2) throw Kernel.Invalid($"Matrix size-incompatible: In[0]: {a.ShapeString}, In[1]: {b.ShapeString}");
        return Batched(a, b, transposeA, transposeB, [m, n], [0L], [0L], (int)m, (int)n, (int)k, gemm ?? BlasInfo.Current);
    });

    /// <summary>BatchMatMulV2: leading dimensions broadcast, the last two multiply; adjoint = transpose for real types.</summary>
    public static KernelResult<NdArray> BatchMatMulV2(NdArray x, NdArray y, bool adjX = false, bool adjY = false, IGemm? gemm = null) => Kernel.Run(() =>
    {
        Dispatch.SameDType("BatchMatMulV2", x, y);
        if (x.Rank < 2) throw Kernel.Invalid($"In[0] ndims must be >= 2: {x.Rank}");
        if (y.Rank < 2) throw Kernel.Invalid($"In[1] ndims must be >= 2: {y.Rank}");
        var xBatch = x.Shape.AsSpan(0, x.Rank - 2);
        var yBatch = y.Shape.AsSpan(0, y.Rank - 2);
        var bcast = BroadcastShape.TryCreate(xBatch, yBatch)
            ?? throw Kernel.Invalid($"In[0] and In[1] must have compatible batch dimensions: {x.ShapeString} vs. {y.ShapeString}");
        var (m, k) = adjX ? (x.Shape[^1], x.Shape[^2]) : (x.Shape[^2], x.Shape[^1]);
        var (k2, n) = adjY ? (y.Shape[^1], y.Shape[^2]) : (y.Shape[^2], y.Shape[^1]);
        if (k != k2) throw Kernel.Invalid($"Matrix size-incompatible: In[0]: {x.ShapeString}, In[1]: {y.ShapeString}");
        var outShape = bcast.Output.Add(m).Add(n).ToArray();
        var batches = ShapeUtil.NumElements(bcast.Output.AsSpan());
        var xIdx = new long[batches];
        var yIdx = new long[batches];
        if (batches > 0)
        {
            var plan = BroadcastPlan.Create(bcast.Output.AsSpan(), xBatch.ToArray(), yBatch.ToArray());
            var cursor = new StridedCursor(plan.Dims, plan.Strides);
            for (long i = 0; i < batches; i++, cursor.Next()) { xIdx[i] = cursor.Offset(0); yIdx[i] = cursor.Offset(1); }
        }
        return Batched(x, y, adjX, adjY, outShape, xIdx, yIdx, (int)m, (int)n, (int)k, gemm ?? BlasInfo.Current);
    });

    private static NdArray Batched(NdArray a, NdArray b, bool ta, bool tb, long[] outShape, long[] aIdx, long[] bIdx, int m, int n, int k, IGemm gemm)
    {
        switch (a)
        {
            case NdArray<float> fa:
            {
                var fb = ((NdArray<float>)b).Data;
                // IGemm overwrites C (beta 0), so its old contents do not matter.
                var c = NdArray<float>.AllocateForOverwrite(outShape);
                for (var i = 0; i < aIdx.Length; i++)
                    gemm.Sgemm(ta, tb, m, n, k, fa.Data, (int)(aIdx[i] * m * k), fb, (int)(bIdx[i] * k * n), c, i * m * n);
                return NdArray<float>.Wrap(c, outShape);
            }
            case NdArray<double> da:
            {
                var db = ((NdArray<double>)b).Data;
                var c = NdArray<double>.AllocateForOverwrite(outShape);
                for (var i = 0; i < aIdx.Length; i++)
                    gemm.Dgemm(ta, tb, m, n, k, da.Data, (int)(aIdx[i] * m * k), db, (int)(bIdx[i] * k * n), c, i * m * n);
                return NdArray<double>.Wrap(c, outShape);
            }
            case NdArray<Half>:
                return Casting.Cast(Batched(Casting.Cast(a, DType.Float32), Casting.Cast(b, DType.Float32), ta, tb, outShape, aIdx, bIdx, m, n, k, gemm), DType.Float16);
            case NdArray<int> ia: return NaiveBatched(ia, (NdArray<int>)b, ta, tb, outShape, aIdx, bIdx, m, n, k);
            case NdArray<long> la: return NaiveBatched(la, (NdArray<long>)b, ta, tb, outShape, aIdx, bIdx, m, n, k);
            case NdArray<sbyte> sa: return NaiveBatched(sa, (NdArray<sbyte>)b, ta, tb, outShape, aIdx, bIdx, m, n, k);
            case NdArray<short> ha: return NaiveBatched(ha, (NdArray<short>)b, ta, tb, outShape, aIdx, bIdx, m, n, k);
            case NdArray<byte> ba: return NaiveBatched(ba, (NdArray<byte>)b, ta, tb, outShape, aIdx, bIdx, m, n, k);
            case NdArray<ushort> ua: return NaiveBatched(ua, (NdArray<ushort>)b, ta, tb, outShape, aIdx, bIdx, m, n, k);
            default: throw Dispatch.NoKernel("MatMul", a.DType);
        }
    }

    private static NdArray<T> NaiveBatched<T>(NdArray<T> a, NdArray<T> b, bool ta, bool tb, long[] outShape, long[] aIdx, long[] bIdx, int m, int n, int k)
        where T : unmanaged, INumber<T>
    {
        var c = NdArray<T>.AllocateBuffer(outShape);
        var x = a.Data;
        var y = b.Data;
        for (var bi = 0; bi < aIdx.Length; bi++)
        {
            long ao = aIdx[bi] * m * k, bo = bIdx[bi] * k * n, co = (long)bi * m * n;
            for (var i = 0; i < m; i++)
                for (var j = 0; j < n; j++)
                {
                    var acc = T.Zero;
                    for (var p = 0; p < k; p++)
                        acc += x[ao + (ta ? p * m + i : i * k + p)] * y[bo + (tb ? j * k + p : p * n + j)];
                    c[co + i * n + j] = acc;
                }
        }
        return NdArray<T>.Wrap(c, outShape);
    }
}
