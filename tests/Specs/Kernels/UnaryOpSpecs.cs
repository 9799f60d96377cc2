using ScopeFn.Interpreter.Arrays;
using ScopeFn.Interpreter.Kernels;
using static ScopeFn.Specs.Kernels.KernelAssert;

namespace ScopeFn.Specs.Kernels;

public class UnaryOpSpecs
{
    [Fact]
    public void Neg_abs_square_wrap_for_integers()
    {
        Values(Ok(Ops.Neg(I([2], 1, int.MinValue))), [2], -1, int.MinValue);
        Values(Ok(Ops.Abs(I([3], -3, 4, int.MinValue))), [3], 3, 4, int.MinValue);
        Values(Ok(Ops.Square(F([2], -3, 0.5f))), [2], 9f, 0.25f);
        Values(Ok(Ops.Abs(F([2], -0f, -2f))), [2], 0f, 2f);
    }

    [Fact]
    public void Float_functions()
    {
        Close(Ok(Ops.Sqrt(D([2], 4, 2))), [2], 1e-15, 2, Math.Sqrt(2));
        Close(Ok(Ops.Rsqrt(D([1], 4))), [1], 1e-15, 0.5);
        Close(Ok(Ops.Exp(F([2], 0, 1))), [2], 1e-6, 1, Math.E);
        Close(Ok(Ops.Log(D([2], 1, Math.E))), [2], 1e-15, 0, 1);
        Close(Ok(Ops.Tanh(D([2], 0, 1))), [2], 1e-15, 0, Math.Tanh(1));
        Close(Ok(Ops.Sigmoid(F([3], 0, 2, -2))), [3], 1e-6, 0.5, 1 / (1 + Math.Exp(-2)), 1 / (1 + Math.Exp(2)));
    }

    [Fact]
    public void Relu_and_relu6()
    {
        var r = (NdArray<float>)Ok(Ops.Relu(F([4], -1, 0, 2, float.NaN)));
        Assert.Equal(new[] { 0f, 0f, 2f }, r.Span[..3].ToArray());
        Assert.True(float.IsNaN(r[3]));
        Values(Ok(Ops.Relu6(F([3], -1, 3, 9))), [3], 0f, 3f, 6f);
        Values(Ok(Ops.Relu(I([2], -5, 5))), [2], 0, 5);
    }

    [Fact]
    public void Relu_and_relu_grad_follow_tf_in_every_vector_lane()
    {
        // relu_op_functor.h: Relu is features.cwiseMax(0) (std::max(x, 0) = x < 0 ? 0 : x, so NaN
        // and -0 pass through); ReluGrad is gradients * (features > 0).cast<T>(), a product, so a
        // NaN or infinite gradient stays NaN where features <= 0 and a negative one gives -0.
        // 37 elements: whole vectors of any width plus a scalar tail.
        float[] special = [-1f, -0f, 0f, 2f, float.NaN, float.PositiveInfinity, float.NegativeInfinity, 1e-30f, -1e-30f];
        var xs = Enumerable.Range(0, 37).Select(i => special[i % special.Length] * (i % 2 == 0 ? 1 : 3)).ToArray();
        var gs = Enumerable.Range(0, 37).Select(i => special[(i * 5 + 2) % special.Length]).ToArray();
        var relu = (NdArray<float>)Ok(Ops.Relu(F([37], xs)));
        var grad = (NdArray<float>)Ok(Ops.ReluGrad(F([37], gs), F([37], xs)));
        for (var i = 0; i < 37; i++)
        {
            var expectedRelu = xs[i] < 0 ? 0f : xs[i];
            var expectedGrad = gs[i] * (xs[i] > 0 ? 1f : 0f);
            Assert.Equal(BitConverter.SingleToInt32Bits(expectedRelu), BitConverter.SingleToInt32Bits(relu[i]));
            Assert.Equal(BitConverter.SingleToInt32Bits(expectedGrad), BitConverter.SingleToInt32Bits(grad[i]));
        }
        var xd = xs.Select(x => (double)x).ToArray();
        var gd = gs.Select(g => (double)g).ToArray();
        var reluD = (NdArray<double>)Ok(Ops.Relu(D([37], xd)));
        var gradD = (NdArray<double>)Ok(Ops.ReluGrad(D([37], gd), D([37], xd)));
        for (var i = 0; i < 37; i++)
        {
            Assert.Equal(BitConverter.DoubleToInt64Bits(xd[i] < 0 ? 0.0 : xd[i]), BitConverter.DoubleToInt64Bits(reluD[i]));
            Assert.Equal(BitConverter.DoubleToInt64Bits(gd[i] * (xd[i] > 0 ? 1.0 : 0.0)), BitConverter.DoubleToInt64Bits(gradD[i]));
        }
        Values(Ok(Ops.ReluGrad(I([3], -4, 4, 7), I([3], -1, 0, 1))), [3], 0, 0, 7);
    }

    [Fact]
    public void Float_only_ops_reject_integers()
    {
        Fails(Ops.Sqrt(I([1], 4)), "NotFoundError", "Could not find device for node: {{node Sqrt}} = Sqrt[T=DT_INT32]");
    }

    [Fact]
    public void Softmax_rows_sum_to_one()
    {
        var logits = F([2, 3], 1, 2, 3, 1000, 1000, 1000);
        var s = Ok(Ops.Softmax(logits));
        var e = new[] { Math.Exp(-2), Math.Exp(-1), 1.0 };
        var z = e.Sum();
        Close(s, [2, 3], 1e-6, e[0] / z, e[1] / z, e[2] / z, 1.0 / 3, 1.0 / 3, 1.0 / 3);
        var ls = Ok(Ops.LogSoftmax(D([1, 3], 1, 2, 3)));
        var lz = Math.Log(Math.Exp(1) + Math.Exp(2) + Math.Exp(3));
        Close(ls, [1, 3], 1e-12, 1 - lz, 2 - lz, 3 - lz);
        Fails(Ops.Softmax(NdArray.Scalar(1f)), "InvalidArgumentError", "logits must have >= 1 dimension, got []");
    }

    [Fact]
    public void Activation_gradients()
    {
        Values(Ok(Ops.ReluGrad(F([3], 1, 2, 3), F([3], -1, 0, 5))), [3], 0f, 0f, 3f);
        Close(Ok(Ops.SigmoidGrad(D([2], 0.5, 0.25), D([2], 1, 2))), [2], 1e-15, 0.25, 2 * 0.25 * 0.75);
        Close(Ok(Ops.TanhGrad(D([2], 0.5, 0), D([2], 1, 3))), [2], 1e-15, 0.75, 3);
        Fails(Ops.ReluGrad(F([2], 1, 2), F([3], 1, 2, 3)), "InvalidArgumentError", "g and a must be the same size");
    }
}
