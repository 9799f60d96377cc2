using ScopeFn.Api;
using ScopeFn.Interpreter.Arrays;

namespace ScopeFn.Specs.Api;

/// <summary>GradientTape from the C# shell. source: backprop.py GradientTape docstring (x = 3.0, y = x * x, dy/dx = 6.0).</summary>
[Collection("tf runtime")]
public class ShellGradientTapeSpecs
{
    public ShellGradientTapeSpecs() => tf.ResetRuntime();

    [Fact]
    public void Records_in_a_using_block_and_builds_the_gradient()
    {
        var x = tf.constant(3.0f);
        ScopeFn.Core.Graphs.Tensor y;
        using (var tape = new GradientTape(persistent: true))
        {
            tape.watch(x);
            y = tf.multiply(x, x);
            var dy = tape.gradient(y, x).Single()!;
            using var sess = tf.compat.v1.Session();
            Assert.Equal(6.0f, ((NdArray)sess.Run(dy)!).GetBoxed(0));
        }
    }

    [Fact] // backprop.py: a non-persistent tape computes one set of gradients; an unconnected source gives None
    public void A_non_persistent_tape_is_used_once()
    {
        var x = tf.constant(3.0f);
        var z = tf.constant(1.0f);
        using var tape = new GradientTape();
        tape.watch(x);
        var y = tf.multiply(x, x);
        var grads = tape.gradient(y, x, z);
        Assert.NotNull(grads[0]);
        Assert.Null(grads[1]);
        var e = Assert.Throws<ScopeFn.Core.Errors.TfException>(() => tape.gradient(y, x));
        Assert.Equal("RuntimeError", e.Error.TypeName);
        Assert.StartsWith("A non-persistent GradientTape can only be used to compute one set of gradients", e.Error.Message);
    }
}
