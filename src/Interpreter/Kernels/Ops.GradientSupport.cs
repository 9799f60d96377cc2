using ScopeFn.Interpreter.Arrays;

namespace ScopeFn.Interpreter.Kernels;

/// <summary>Kernels for the shape-plumbing ops gradient functions build: Pad, Unpack, ConcatOffset, DynamicStitch, GatherV2.</summary>
public static partial class Ops
{
    /// <summary>Pad (CONSTANT mode, zeros): paddings is an [rank, 2] matrix of before/after counts (pad_op.cc).</summary>
    public static KernelResult<NdArray> Pad(NdArray x, long[] paddings) => Kernel.Run(() =>
    {
        if (paddings.Length != 2 * x.Rank)
            throw Kernel.Invalid($"The first dimension of paddings must be the rank of inputs[{paddings.Length / 2},2] {x.ShapeString}");
        for (var i = 0; i < paddings.Length; i++)
            if (paddings[i] < 0) throw Kernel.Invalid($"Paddings must be non-negative: {paddings[i - i % 2]} {paddings[i - i % 2 + 1]}");
        return Generic.Apply(new PadFn(paddings), x);
    });

    private sealed class PadFn(long[] paddings) : IGenericUnary
    {
        public NdArray Run<T>(NdArray<T> x) where T : notnull
        {
            var rank = x.Rank;
            var outShape = new long[rank];
            for (var i = 0; i < rank; i++) outShape[i] = x.Shape[i] + paddings[2 * i] + paddings[2 * i + 1];
            var result = ((NdArray<T>)NdArray.Zeros(x.DType, outShape)).Data;
            var src = x.Data;
            var index = new long[rank];
            for (long flat = 0; flat < src.LongLength; flat++)
            {
                long o = 0;
                for (var d = 0; d < rank; d++) o = o * outShape[d] + index[d] + paddings[2 * d];
                result[o] = src[flat];
                for (var d = rank - 1; d >= 0; d--)
                {
                    if (++index[d] < x.Shape[d]) break;
                    index[d] = 0;
                }
            }
            return NdArray<T>.Wrap(result, outShape);
        }
    }

    /// <summary>Unpack: <paramref name="num"/> slices along <paramref name="axis"/>, that dimension removed (unpack_op.cc).</summary>
    public static KernelResult<IReadOnlyList<NdArray>> Unpack(NdArray x, long num, long axis) => Kernel.Run<IReadOnlyList<NdArray>>(() =>
    {
        var rank = x.Rank;
        if (axis < -rank || axis >= rank) throw Kernel.Invalid($"axis = {axis} not in [{-rank}, {rank})");
        if (axis < 0) axis += rank;
        if (x.Shape[(int)axis] != num) throw Kernel.Invalid($"Input shape axis {axis} must equal {num}, got shape {x.ShapeString}");
        var outShape = x.Shape.RemoveAt((int)axis);
        var result = new List<NdArray>();
        for (long i = 0; i < num; i++)
        {
            var begin = new long[rank];
            var size = x.Shape.ToArray();
            begin[axis] = i;
            size[axis] = 1;
            result.Add(Slice(x, begin, size).Value.Reshape(outShape));
        }
        return result;
    });

    /// <summary>ConcatOffset: the offset of each input along the concat dimension (concat_op.cc ConcatOffsetOp).</summary>
    public static KernelResult<IReadOnlyList<NdArray>> ConcatOffset(long concatDim, IReadOnlyList<long[]> shapes) => Kernel.Run<IReadOnlyList<NdArray>>(() =>
    {
        var rank = shapes[0].Length;
        if (concatDim < -rank || concatDim >= rank)
            throw Kernel.Invalid($"Concat dim is out of range: {concatDim} vs. {rank}");
        var axis = concatDim < 0 ? concatDim + rank : concatDim;
        long offset = 0;
        var result = new List<NdArray>();
        for (var i = 0; i < shapes.Count; i++)
        {
            if (shapes[i].Length != rank)
                throw Kernel.Invalid($"input {i} should contain {rank} elements, but got {shapes[i].Length}");
            for (var d = 0; d < rank; d++)
                if (d != axis && shapes[i][d] != shapes[0][d])
                    throw Kernel.Invalid($"input[{i},{d}] mismatch: {shapes[i][d]} vs. {shapes[0][d]}");
            var o = new int[rank];
            o[axis] = (int)offset;
            result.Add(NdArray.Vector(o));
            offset += shapes[i][axis];
        }
        return result;
    });

    /// <summary>DynamicStitch: merged[indices[m][i]] = data[m][i] (later inputs win), output length max index + 1.</summary>
    public static KernelResult<NdArray> DynamicStitch(IReadOnlyList<long[]> indices, IReadOnlyList<NdArray> data) => Kernel.Run(() =>
    {
        var max = indices.SelectMany(i => i).DefaultIfEmpty(-1).Max();
        // Indices are vectors here (reduced_shape's), so each data row is data[m][i, ...].
        var first = data[0];
        var innerShape = first.Shape.Skip(1).ToArray();
        var rows = new List<(long Index, NdArray Row)>();
        for (var m = 0; m < indices.Count; m++)
        {
            var flat = data[m].Reshape(new long[] { indices[m].Length }.Concat(innerShape).ToArray());
            for (var i = 0; i < indices[m].Length; i++)
            {
                var begin = new long[1 + innerShape.Length];
                var size = new long[] { 1 }.Concat(innerShape).ToArray();
                begin[0] = i;
                rows.Add((indices[m][i], Slice(flat, begin, size).Value));
            }
        }
        var ordered = new NdArray?[max + 1];
        foreach (var (index, row) in rows) ordered[index] = row;
        if (ordered.Any(r => r is null)) throw Kernel.Invalid("DynamicStitch: missing index in the merged output");
        return ordered.Length == 0
            ? NdArray.Zeros(first.DType, new long[] { 0 }.Concat(innerShape).ToArray())
            : ConcatV2(ordered!, 0).Value;
    });
}
