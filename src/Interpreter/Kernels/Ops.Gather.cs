using ScopeFn.Interpreter.Arrays;

namespace ScopeFn.Interpreter.Kernels;

public static partial class Ops
{
    /// <summary>
    /// Where (one input, where_op.cc): the coordinates of the true (non-zero) elements in row-major
    /// order, an int64 matrix of shape [count, rank].
    /// </summary>
    public static KernelResult<NdArray> Where(NdArray input) => Kernel.Run(() =>
    {
        var rank = input.Rank;
        var coords = new List<long>();
        var index = new long[rank];
        for (long i = 0; i < input.Size; i++)
        {
            if (IsTrue(input.GetBoxed(i))) coords.AddRange(index);
            for (var d = rank - 1; d >= 0 && ++index[d] == input.Shape[d]; d--) index[d] = 0;
        }
        return (NdArray)NdArray.FromFlat<long>(coords.ToArray(), coords.Count / Math.Max(rank, 1), rank);
    });

    private static bool IsTrue(object value) => value switch
    {
        bool b => b,
        string s => s.Length > 0,
        _ => System.Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture) != 0,
    };

    /// <summary>
    /// GatherV2 (gather_op.cc) with batch_dims 0: slices of <paramref name="params"/> along
    /// <paramref name="axis"/> picked by <paramref name="indices"/>; an index outside [0, dim) is an
    /// InvalidArgument naming its position.
    /// </summary>
    public static KernelResult<NdArray> GatherV2(NdArray @params, long[] indices, long[] indicesShape, long axis) => Kernel.Run(() =>
    {
        if (axis < -@params.Rank || axis >= @params.Rank)
            throw Kernel.Invalid($"Expected axis in the range [{-@params.Rank}, {@params.Rank}), but got {axis}");
        if (axis < 0) axis += @params.Rank;
        var dim = @params.Shape[(int)axis];
        for (var i = 0; i < indices.Length; i++)
            if (indices[i] < 0 || indices[i] >= dim)
                throw Kernel.Invalid($"indices[{i}] = {indices[i]} is not in [0, {dim})");
        return Generic.Apply(new GatherFn(indices, indicesShape, (int)axis), @params);
    });

    private sealed class GatherFn(long[] indices, long[] indicesShape, int axis) : IGenericUnary
    {
        public NdArray Run<T>(NdArray<T> x) where T : notnull
        {
            var outer = x.Shape.Take(axis).Aggregate(1L, (a, b) => a * b);
            var inner = x.Shape.Skip(axis + 1).Aggregate(1L, (a, b) => a * b);
            var dim = x.Shape[axis];
            long[] shape = [.. x.Shape.Take(axis), .. indicesShape, .. x.Shape.Skip(axis + 1)];
            var buf = NdArray<T>.AllocateBuffer(shape);
            long k = 0;
            for (long o = 0; o < outer; o++)
                foreach (var idx in indices)
                    for (long j = 0; j < inner; j++)
                        buf[k++] = x.Data[(o * dim + idx) * inner + j];
            return NdArray<T>.Wrap(buf, shape);
        }
    }
}
