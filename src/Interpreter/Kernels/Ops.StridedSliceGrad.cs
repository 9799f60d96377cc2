using ScopeFn.Interpreter.Arrays;

namespace ScopeFn.Interpreter.Kernels;

public static partial class Ops
{
    /// <summary>
    /// StridedSliceGrad (strided_slice_op.cc <c>StridedSliceGradOp</c>): zeros of the forward input's
    /// <paramref name="shape"/> with <paramref name="dy"/> scattered back to the positions the forward
    /// slice read, under the same canonicalised spec.
    /// </summary>
    public static KernelResult<NdArray> StridedSliceGrad(long[] shape, long[] begin, long[] end, long[] strides, NdArray dy,
        int beginMask = 0, int endMask = 0, int ellipsisMask = 0, int newAxisMask = 0, int shrinkAxisMask = 0) => Kernel.Run(() =>
    {
        var spec = StridedSliceSpec.Create(shape, begin, end, strides, beginMask, endMask, ellipsisMask, newAxisMask, shrinkAxisMask);
        if (!spec.FinalShape.AsSpan().SequenceEqual(dy.Shape.AsSpan()))
            throw Kernel.Invalid($"shape of dy was {dy.ShapeString} instead of {ShapeUtil.DebugString(spec.FinalShape.AsSpan())}");
        return Generic.Apply(new ScatterFn(shape, spec.Begin, spec.Strides, spec.ProcessingShape), dy);
    });

    private sealed class ScatterFn(long[] shape, long[] begin, long[] steps, long[] processing) : IGenericUnary
    {
        public NdArray Run<T>(NdArray<T> dy) where T : notnull
        {
            var output = (NdArray<T>)NdArray.Zeros(dy.DType, shape);
            var data = output.Data;
            var source = dy.Data;
            var outStrides = ShapeUtil.RowMajorStrides(shape);
            var index = new long[processing.Length];
            for (long n = 0; n < source.Length; n++)
            {
                long offset = 0;
                for (var d = 0; d < index.Length; d++) offset += (begin[d] + index[d] * steps[d]) * outStrides[d];
                data[offset] = source[n];
                for (var d = index.Length - 1; d >= 0 && ++index[d] == processing[d]; d--) index[d] = 0;
            }
            return output;
        }
    }
}
