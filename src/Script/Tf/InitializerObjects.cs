using ScopeFn.Core.Ops.Initializers;
using ScopeFn.Core.Types;
using ScopeFn.Core.Variables;
using ScopeFn.Script.Runtime;

namespace ScopeFn.Script.Tf;

/// <summary>
/// An init_ops.py initializer instance (<c>tf.compat.v1.zeros_initializer()</c> …): callable as
/// <c>initializer(shape, dtype=None, partition_info=None)</c>, and accepted by get_variable and
/// variable_scope as their <c>initializer</c>.
/// </summary>
internal sealed class InitializerObject(TfProcess process, Initializer initializer, PyType type) : PyObject, IHostValue
{
    public Initializer Initializer => initializer;
    public object HostValue => initializer;

    public override PyType Type => type;

    public override PyObject Call(CallArgs args)
    {
        var shape = Convert.Shape(args.Count > 0 ? args[0] : args.Keyword("shape") ?? throw PyErrors.TypeError("__call__() missing 1 required positional argument: 'shape'"));
        var dtype = (args.Count > 1 ? args[1] : args.Keyword("dtype")) switch
        {
            null or PyNone => (DType?)null,
            DTypeObject d => d.DType,
            var other => throw PyErrors.TypeError($"Cannot convert value {Ops.Repr(other)} to a TensorFlow DType."),
        };
        return process.Tensor(process.Build(initializer.Call(shape, dtype), "initializer"));
    }

    /// <summary>init_ops.py's class for each initializer (the module Python's repr names).</summary>
    public static PyType ClassOf(string name) => new(name, BuiltinTypes.Object, "tensorflow.python.ops.init_ops");
}

/// <summary>
/// A partitioner from <c>tf.compat.v1.fixed_size_partitioner</c> and its siblings: called with
/// <c>shape=</c> and <c>dtype=</c>, it returns the number of partitions per axis.
/// </summary>
internal sealed class PartitionerObject(Partitioner partitioner) : PyObject, IHostValue
{
    public object HostValue => partitioner;

    public static readonly PyType FunctionType = new("function", BuiltinTypes.Object);

    public Partitioner Partitioner => partitioner;

    public override PyType Type => FunctionType;

    public override PyObject Call(CallArgs args)
    {
        var shape = Convert.OptionalShape(args.Count > 0 ? args[0] : args.Keyword("shape"))
                    ?? throw PyErrors.TypeError("partitioner() missing required argument: 'shape'");
        var dtype = (args.Count > 1 ? args[1] : args.Keyword("dtype")) as DTypeObject
                    ?? throw PyErrors.TypeError("partitioner() missing required argument: 'dtype'");
        return partitioner(shape, dtype.DType).Match(
            parts => (PyObject)new PyList(parts.Select(n => (PyObject)PyInt.Of(n))),
            error => throw TfProcess.Fail(error));
    }
}
