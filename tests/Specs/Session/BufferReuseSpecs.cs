using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Ops;
using ScopeFn.Core.Types;
using ScopeFn.Core.Variables;
using ScopeFn.Interpreter.Arrays;
using static ScopeFn.Specs.Session.SessionHarness;

namespace ScopeFn.Specs.Session;

/// <summary>
/// A session reuses the buffers of a run's dead intermediates in later runs (as TF's allocator
/// reuses freed blocks). Arrays are values: whatever a run returned or stored in a variable must
/// keep its contents however many runs follow, and reuse must not change any result.
/// </summary>
public class BufferReuseSpecs
{
    private const int N = 128; // 128×128 float32 = 64 KB, above the pool's minimum size

    private static float[,] Grid(float offset)
    {
        var g = new float[N, N];
        for (var i = 0; i < N; i++)
            for (var j = 0; j < N; j++)
                g[i, j] = (i * N + j) % 7 - 3 + offset;
        return g;
    }

    // y = relu(x) * 2 + 1, elementwise.
    private static float Expected(float x) => (x < 0 ? 0 : x) * 2 + 1;

    private static void AssertComputedFrom(object? value, float offset)
    {
        var a = Assert.IsType<NdArray<float>>(value);
        for (var k = 0; k < N * N; k++) Assert.Equal(Expected(k % 7 - 3 + offset), a[k]);
    }

    [Fact]
    public void Fetched_values_keep_their_contents_while_later_runs_reuse_intermediates()
    {
        var (world, (x, y)) = Build(
            from x0 in ArrayOps.Placeholder(DType.Float32, TensorShape.Of(N, N), name: "x")
            from r in NnOps.Relu(x0)
            from m in MathOps.Multiply(r, 2.0f)
            from y0 in MathOps.Add(m, 1.0f)
            select (x0, y0));
        using var sess = Open(world);
        var first = sess.Run(y, Feed((x, Grid(0))));
        Assert.True(sess.PooledBufferBytes > 0, "the dead intermediates of the first run were not pooled");
        for (var step = 1; step <= 4; step++)
            AssertComputedFrom(sess.Run(y, Feed((x, Grid(step)))), step);
        AssertComputedFrom(first, 0);
    }

    [Fact]
    public void Variable_values_keep_their_contents_while_later_runs_reuse_intermediates()
    {
        var (world, (x, y, assign, v)) = Build(
            from x0 in ArrayOps.Placeholder(DType.Float32, TensorShape.Of(N, N), name: "x")
            from r in NnOps.Relu(x0)
            from m in MathOps.Multiply(r, 2.0f)
            from y0 in MathOps.Add(m, 1.0f)
            from v0 in ArrayOps.Zeros([N, N]).SelectMany(z => TfVariable.V1(new VariableArgs(z) { Name = "v", UseResource = false }))
            from a in OpApply.Apply1("Assign", null, [v0.Handle, y0], Attrs.Of(("use_locking", AttrValue.Of(true)), ("validate_shape", AttrValue.Of(true))))
            select (x0, y0, a, v0));
        using var sess = Open(world);
        sess.Run(assign, Feed((x, Grid(0))));
        for (var step = 1; step <= 4; step++)
            AssertComputedFrom(sess.Run(y, Feed((x, Grid(step)))), step);
        AssertComputedFrom(sess.Run(v.Value), 0);
    }
}
