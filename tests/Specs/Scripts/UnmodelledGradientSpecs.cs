using ScopeFn.Script.Evaluation;
using ScopeFn.Script.Tf;

namespace ScopeFn.Specs.Scripts;

/// <summary>
/// An op type TensorFlow differentiates (math_grad.py registers <c>_ProdGrad</c> for "Prod") but
/// ScopeFn does not yet: the oracle says it does not know, rather than answering with the
/// LookupError TF raises only for types with no registered gradient (Unique keeps that one:
/// tests/conformance/gradients/no_gradient.py).
/// </summary>
public class UnmodelledGradientSpecs
{
    private static RunResult Run(string source) =>
        ScriptRunner.Run(source.Replace("\r\n", "\n"), "g.py", RunOptions.Default with { Modules = TfModule.Registry() }, new StringWriter());

    [Fact]
    public void Tape_gradient_through_an_unmodelled_registered_gradient_is_NotImplementedError()
    {
        var result = Run("""
            import tensorflow as tf
            x = tf.constant([2.0, 3.0])
            with tf.GradientTape() as tape:
                tape.watch(x)
                y = tf.reduce_prod(x)
            tape.gradient(y, x)
            """);
        Assert.Equal("NotImplementedError", result.ErrorType);
        Assert.Equal("ScopeFn does not model the gradient of Prod yet; TensorFlow registers one.", result.ErrorMessage);
    }

    [Fact]
    public void Graph_gradient_names_the_op()
    {
        var result = Run("""
            import tensorflow.compat.v1 as tf
            tf.disable_eager_execution()
            x = tf.constant([2.0, 3.0])
            tf.gradients(tf.reduce_prod(x, name="p"), [x])
            """);
        Assert.Equal("NotImplementedError", result.ErrorType);
        Assert.Equal("ScopeFn does not model the gradient of Prod (op 'p') yet; TensorFlow registers one.", result.ErrorMessage);
    }
}
