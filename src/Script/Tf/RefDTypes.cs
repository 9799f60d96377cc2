using ScopeFn.Core.Types;
using ScopeFn.Script.Runtime;

namespace ScopeFn.Script.Tf;

/// <summary>
/// A reference dtype (dtypes.py <c>float32_ref</c>, the dtype of a RefVariable and of its
/// VariableV2 / RefSwitch tensors): named <c>&lt;base&gt;_ref</c>, unequal to its base type, and
/// <c>base_dtype</c> leads back to it. Passed to tf functions it stands for the base type, as
/// get_variable's <c>dtype.base_dtype</c> makes it.
/// </summary>
internal sealed class RefDTypeObject(DType dtype) : PyObject, IHostValue
{
    private static readonly Dictionary<DType, RefDTypeObject> Cache = DType.All.ToDictionary(d => d, d => new RefDTypeObject(d));

    public static RefDTypeObject Of(DType d) => Cache[d];
    public object HostValue => dtype;
    public override PyType Type => TfTypes.DType;

    public override PyObject? GetAttribute(string name) => name switch
    {
        "name" => new PyStr(dtype.Name + "_ref"),
        "base_dtype" => DTypeObject.Of(dtype),
        "is_floating" => PyBool.Of(dtype.IsFloating),
        "is_integer" => PyBool.Of(dtype.IsInteger),
        "_is_ref_dtype" => PyBool.True,
        _ => null,
    };

    public override string Repr() => dtype.Repr + "_ref";
    public override string Str() => $"<dtype: '{dtype.Name}_ref'>";
}

/// <summary>A control_flow_ops.py <c>CondContext</c> as the <c>cond_context</c> collection shows it.</summary>
internal sealed class CondContextObject(ScopeFn.Core.Ops.CondContext context) : PyObject
{
    private static readonly PyType CondContextType = new("CondContext", BuiltinTypes.Object, "tensorflow.python.ops.control_flow_ops");
    public ScopeFn.Core.Ops.CondContext Context => context;
    public override PyType Type => CondContextType;
    public override string Repr() => $"<tensorflow.python.ops.control_flow_ops.CondContext object at {PyIds.Hex(this)}>";
}
