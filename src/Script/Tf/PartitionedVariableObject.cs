using ScopeFn.Core.Variables;
using ScopeFn.Script.Runtime;

namespace ScopeFn.Script.Tf;

/// <summary>A Python object that stands for a core value (an initializer, a partitioner) when passed to tf functions.</summary>
internal interface IHostValue
{
    object HostValue { get; }
}

/// <summary>variables.py <c>PartitionedVariable</c>: <c>.name</c>, <c>.shape</c>, <c>len()</c> and iteration over the shards.</summary>
internal sealed class PartitionedVariableObject(TfProcess process, PartitionedVariable variable) : PyObject
{
    private static readonly PyType PartitionedVariableType = new("PartitionedVariable", BuiltinTypes.Object, "tensorflow.python.ops.variables");

    public override PyType Type => PartitionedVariableType;
    public override long? Length => variable.Shards.Count;

    public override PyObject? GetAttribute(string name) => name switch
    {
        "name" => new PyStr(variable.Name),
        "shape" => new ShapeObject(variable.Shape),
        "dtype" => DTypeObject.Of(variable.DType),
        "get_shape" => new PyBuiltinFunction("get_shape", _ => new ShapeObject(variable.Shape)),
        _ => null,
    };

    public override IEnumerator<PyObject>? Iterate() =>
        variable.Shards.Select(v => (PyObject)process.Variable(v)).GetEnumerator();

    /// <summary>What get_variable hands back: a variable or a PartitionedVariable.</summary>
    public static PyObject Wrap(TfProcess p, IVariableLike v) => v switch
    {
        Variable single => p.Variable(single),
        PartitionedVariable partitioned => new PartitionedVariableObject(p, partitioned),
        _ => throw new InvalidOperationException(v.GetType().Name),
    };
}
