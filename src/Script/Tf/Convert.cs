using ScopeFn.Core.Graphs;
using ScopeFn.Core.Types;
using ScopeFn.Core.Variables;
using ScopeFn.Script.Runtime;

namespace ScopeFn.Script.Tf;

/// <summary>Python values to the core's host values and back.</summary>
internal static class Convert
{
    /// <summary>A Python argument as the core takes it: tensors, variables (their value), dtypes and plain data.</summary>
    public static object? ToHost(PyObject value) => value switch
    {
        PyNone => null,
        PyBool b => b.IsTrueValue,
        PyInt i => i.Value >= long.MinValue && i.Value <= long.MaxValue ? (object)(long)i.Value : (double)i.Value,
        PyFloat f => f.Value,
        PyStr s => s.Value,
        PyList l => l.Items.Select(ToHost).ToList(),
        PyTuple t => t.Items.Select(ToHost).ToList(),
        TensorObject t => t.Tensor,
        VariableObject v => v.Variable,   // converted where it is used, as TF converts variables
        OperationObject o => o.Operation,
        DTypeObject d => d.DType,
        IHostValue h => h.HostValue,
        _ => throw PyErrors.TypeError($"Failed to convert object of type {value.Type.QualifiedName} to Tensor."),
    };

    public static object ToInput(PyObject value) =>
        ToHost(value) ?? throw PyErrors.ValueError("None values not supported.");

    public static string? OptionalString(PyObject? value) => value is null or PyNone ? null : ((PyStr)value).Value;

    public static long[] Shape(PyObject value) => value switch
    {
        PyList l => l.Items.Select(x => (long)((PyInt)x).Value).ToArray(),
        PyTuple t => t.Items.Select(x => (long)((PyInt)x).Value).ToArray(),
        PyInt i => [(long)i.Value],
        _ => throw PyErrors.TypeError($"Expected a shape, got {Ops.Repr(value)}"),
    };

    public static TensorShape? OptionalShape(PyObject? value) => value switch
    {
        null or PyNone => null,
        PyList l => TensorShape.Of(l.Items.Select(x => x is PyNone ? (long?)null : (long)((PyInt)x).Value)),
        PyTuple t => TensorShape.Of(t.Items.Select(x => x is PyNone ? (long?)null : (long)((PyInt)x).Value)),
        _ => TensorShape.Of(Shape(value)),
    };

    public static PyObject Wrap(TfProcess process, object? value) => value switch
    {
        null => PyNone.Instance,
        Tensor t => process.Tensor(t),
        Operation o => process.Op(o),
        Variable variable => process.Variable(variable),
        ScopeFn.Core.Ops.CondContext c => new CondContextObject(c),
        string s => new PyStr(s),
        bool b => PyBool.Of(b),
        long l => PyInt.Of(l),
        int i => PyInt.Of(i),
        _ => throw new InvalidOperationException($"no Python form for {value.GetType().Name}"),
    };

}
