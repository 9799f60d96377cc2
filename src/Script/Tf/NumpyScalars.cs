using ScopeFn.Core.Types;
using ScopeFn.Interpreter.Arrays;
using ScopeFn.Script.Runtime;

namespace ScopeFn.Script.Tf;

/// <summary>
/// numpy scalars as numpy 2.x shows them (NEP 51): <c>repr</c> names the type —
/// <c>np.float32(30.0)</c>, <c>np.int64(5)</c>, <c>np.True_</c> — while <c>str</c> is the bare value.
/// numpy 2 because TensorFlow's pip package requires <c>numpy &gt;= 1.26.0, &lt; 2.2.0</c>
/// (tensorflow/tools/pip_package/setup.py REQUIRED_PACKAGES), so a fresh install resolves to numpy 2.1.
/// A 0-d string fetch is a Python <c>bytes</c> value and shows as one.
/// </summary>
internal static class NumpyScalars
{
    private static readonly Dictionary<DType, PyType> Types = DType.All.ToDictionary(d => d, d => new PyType(NumpyName(d), BuiltinTypes.Object, "numpy"));
    private static readonly PyType Bytes = new("bytes", BuiltinTypes.Object, "builtins");

    public static PyType TypeOf(DType dtype) => dtype == DType.String ? Bytes : Types[dtype];

    public static string Repr(NdArray scalar)
    {
        var str = NumpyFormat.Str(scalar);
        if (scalar.DType == DType.String) return str;
        if (scalar.DType == DType.Bool) return "np." + str + "_";
        return $"np.{NumpyName(scalar.DType)}({str})";
    }

    private static string NumpyName(DType d) => d == DType.String ? "bytes_" : d == DType.Bool ? "bool" : d.Name;
}
