using ScopeFn.Interpreter.Arrays;

namespace ScopeFn.Interpreter.Kernels;

public static partial class Ops
{
    /// <summary>
    /// OneHot (one_hot_op.cc): a new dimension of size <paramref name="depth"/> at <paramref name="axis"/>
    /// (-1 = last) holding on_value where it equals the index, off_value elsewhere (out-of-range
    /// indices give an all-off row).
    /// </summary>
    public static KernelResult<NdArray> OneHot(long[] indices, long[] indicesShape, long depth, NdArray onValue, NdArray offValue, long axis) => Kernel.Run(() =>
    {
        var rank = indicesShape.Length;
        if (axis < -1 || axis > rank) throw Kernel.Invalid($"Expected axis to be -1 or between [0, {rank}).  But received: {axis}");
        if (depth < 0) throw Kernel.Invalid($"depth must be non-negative, got: {depth}");
        if (onValue.Rank != 0) throw Kernel.Invalid($"on_value must be a scalar, but got: {onValue.ShapeString}");
        if (offValue.Rank != 0) throw Kernel.Invalid($"off_value must be a scalar, but got: {offValue.ShapeString}");
        Dispatch.SameDType("OneHot", onValue, offValue, 3);
        var at = axis == -1 ? rank : (int)axis;
        var outShape = indicesShape.Take(at).Append(depth).Concat(indicesShape.Skip(at)).ToArray();
        // prefix = product of dims before the axis, suffix = after it, over the indices' shape.
        var prefix = indicesShape.Take(at).Aggregate(1L, (a, b) => a * b);
        var suffix = indicesShape.Skip(at).Aggregate(1L, (a, b) => a * b);
        return Generic.Apply(new OneHotFn(indices, outShape, prefix, depth, suffix, offValue), onValue);
    });

    private sealed class OneHotFn(long[] indices, long[] outShape, long prefix, long depth, long suffix, NdArray off) : IGenericUnary
    {
        public NdArray Run<T>(NdArray<T> on) where T : notnull
        {
            var buf = NdArray<T>.AllocateBuffer(outShape);
            var offValue = ((NdArray<T>)off).Data[0];
            Array.Fill(buf, offValue);
            for (long p = 0; p < prefix; p++)
                for (long s = 0; s < suffix; s++)
                {
                    var index = indices[p * suffix + s];
                    if (index >= 0 && index < depth) buf[(p * depth + index) * suffix + s] = on.Data[0];
                }
            return NdArray<T>.Wrap(buf, outShape);
        }
    }
}
