using ScopeFn.Core.Eager;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Ops;
using ScopeFn.Core.Variables;
using ScopeFn.Script.Runtime;
using ScopeFn.Script.Syntax;

namespace ScopeFn.Script.Tf;

/// <summary>
/// Comparisons of EagerTensors (and eager variables): <c>&lt; &lt;= &gt; &gt;=</c> run Less etc.
/// (ops.py overrides), <c>==</c>/<c>!=</c> are TF 2.x's element-wise <c>tensor_equals</c> /
/// <c>tensor_not_equals</c> (<c>incompatible_shape_error=False</c>; comparing with None is
/// False/True). Graph tensors are left to identity comparison (null here).
/// </summary>
internal static class EagerCompare
{
    public static PyObject? Tensor(TfProcess p, Tensor t, CompareOperator op, PyObject other)
    {
        if (!EagerContext.IsEager(t)) return null;
        if (other is PyNone && op is CompareOperator.Equal or CompareOperator.NotEqual) return PyBool.Of(op == CompareOperator.NotEqual);
        var y = Convert.ToInput(other);
        var program = op switch
        {
            CompareOperator.Equal => CompareOps.Equal(t, y, incompatibleShapeError: false),
            CompareOperator.NotEqual => CompareOps.NotEqual(t, y, incompatibleShapeError: false),
            CompareOperator.Less => CompareOps.Less(t, y),
            CompareOperator.LessEqual => CompareOps.LessEqual(t, y),
            CompareOperator.Greater => CompareOps.Greater(t, y),
            CompareOperator.GreaterEqual => CompareOps.GreaterEqual(t, y),
            _ => null,
        };
        return program is null ? null : p.Tensor(p.Run(program));
    }
}

/// <summary>
/// The members of an eager ResourceVariable that differ from a graph one: reads and updates run
/// at once, <c>.numpy()</c> is the current value, and <c>.op</c>/<c>.graph</c> are the handle's,
/// which an EagerTensor does not have.
/// </summary>
internal static class EagerVariableMembers
{
    public static PyObject? Attribute(TfProcess p, Variable v, string name) => name switch
    {
        "op" or "graph" => throw PyErrors.AttributeError($"Tensor.{name} is undefined when eager execution is enabled."),
        "initializer" => PyNone.Instance,
        "value" or "read_value" => new PyBuiltinFunction(name, _ => p.Tensor(p.Run(TfVariable.AsTensor(v)))),
        "numpy" => new PyBuiltinFunction("numpy", _ => new NdArrayObject(EagerTensors.Array(p, p.Run(TfVariable.AsTensor(v))))),
        "device" => new PyStr(EagerOps.CpuDevice),
        _ => null,
    };
}
