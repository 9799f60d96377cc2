using ScopeFn.Core.Errors;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Ops;

namespace ScopeFn.Core.Functions;

/// <summary>
/// func_graph_from_py_func's <c>convert</c>, shared by tf.function traces and cond_v2 branches:
/// each leaf of a Python function's return value, in structure order, becomes a tensor (a variable is
/// read, a Python value becomes a Const) and then goes through the caller's <c>mark_as_return</c>.
/// </summary>
public static class ReturnValues
{
    public static Tf<object?> Convert(object? output, Func<Tensor, Tf<Tensor>> markAsReturn) => output switch
    {
        null => Tf.Pure<object?>(null),
        OutputSequence s =>
            from items in Tf.Sequence(s.Items.Select(x => Convert(x, markAsReturn)))
            select (object?)new OutputSequence(s.IsList, items.ToArray()),
        Tensor t => Returned(Tf.Pure(t), markAsReturn),
        Variables.Variable v => Returned(Variables.TfVariable.AsTensor(v), markAsReturn),
        bool or long or int or double or string => Returned(Ops.Convert.ToTensor(output), markAsReturn),
        _ => Tf.Fail<object?>(new TypeError(
            $"To be compatible with tf.function, Python functions must return zero or more Tensors or ExtensionTypes or None values; found return value of type {output.GetType().Name}, which is not a Tensor or ExtensionType.")),
    };

    private static Tf<object?> Returned(Tf<Tensor> value, Func<Tensor, Tf<Tensor>> markAsReturn) =>
        from v in value
        from r in markAsReturn(v)
        select (object?)r;
}
