using ScopeFn.Core.Eager;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Types;
using ScopeFn.Core.Variables;
using ScopeFn.Interpreter.Arrays;
using ScopeFn.Script.Runtime;

namespace ScopeFn.Script.Tf;

/// <summary>
/// What scripts see of EagerTensors (ops.py <c>_EagerTensorBase</c>): the value behind
/// <c>str</c>/<c>repr</c>/<c>.numpy()</c>, and TF's AttributeError for the graph-only attributes.
/// </summary>
internal static class EagerTensors
{
    public static readonly PyType Type = new("EagerTensor", BuiltinTypes.Object, "tensorflow.python.framework.ops");

    public static NdArray Array(TfProcess p, Tensor t) =>
        p.World.Eager.Value(t)?.Data as NdArray ?? throw PyErrors.ValueError("this tensor holds no numpy-compatible value");

    public static PyObject? Attribute(TfProcess p, Tensor t, string name) => name switch
    {
        "name" or "op" or "graph" or "value_index" =>
            throw PyErrors.AttributeError($"Tensor.{name} is undefined when eager execution is enabled."),
        "shape" => new ShapeObject(t.Shape),
        "dtype" => DTypeObject.Of(t.DType),
        "get_shape" => new PyBuiltinFunction("get_shape", _ => new ShapeObject(t.Shape)),
        "ndim" => PyInt.Of(t.Shape.Rank ?? 0),
        "device" => new PyStr(EagerOps.CpuDevice),
        "numpy" => new PyBuiltinFunction("numpy", _ => new NdArrayObject(Array(p, t))),
        _ => null,
    };

    /// <summary><c>EagerTensor.__str__</c>: <c>tf.Tensor(VALUE, shape=…, dtype=…)</c>, a multi-line value starting on its own line.</summary>
    public static string Str(TfProcess p, Tensor t) => $"tf.Tensor({ValueText(Array(p, t), false)}, shape={t.Shape}, dtype={t.DType.Name})";

    /// <summary><c>EagerTensor.__repr__</c>: <c>&lt;tf.Tensor: shape=…, dtype=…, numpy=…&gt;</c>.</summary>
    public static string Repr(TfProcess p, Tensor t) => $"<tf.Tensor: shape={t.Shape}, dtype={t.DType.Name}, {ValueText(Array(p, t), true)}>";

    /// <summary>
    /// ops.py <c>value_text</c> / <c>numpy_text</c>: numpy's str, or for the repr numpy's repr, except
    /// that a numpy scalar (a 0-d value, not bytes) is shown as <c>repr(value.item())</c>, the Python
    /// value ("converts the numpy scalars to python items").
    /// </summary>
    public static string ValueText(NdArray value, bool isRepr)
    {
        var text = !isRepr ? NumpyFormat.Str(value)
            : value.Rank == 0 && value.DType != DType.String ? ItemRepr(value)
            : NumpyRepr.Repr(value);
        if (text.Contains('\n')) text = "\n" + text;
        return isRepr ? "numpy=" + text : text;
    }

    /// <summary>Python's repr of <c>scalar.item()</c>: a bool, an int, or a float (float16/32 widened to a double).</summary>
    private static string ItemRepr(NdArray scalar) => scalar.GetBoxed(0) switch
    {
        bool b => b ? "True" : "False",
        float f => FloatRepr.Of(f),
        double d => FloatRepr.Of(d),
        Half h => FloatRepr.Of((double)h),
        var other => System.Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture)!,
    };

    /// <summary><c>bool(t)</c>: <c>bool(self._numpy())</c>, which numpy allows for one element only.</summary>
    public static bool IsTrue(TfProcess p, Tensor t)
    {
        var a = Array(p, t);
        if (a.Size != 1)
            throw PyErrors.ValueError("The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()");
        return a.GetBoxed(0) switch
        {
            bool b => b,
            string s => s.Length > 0,
            var v => System.Convert.ToDouble(v, System.Globalization.CultureInfo.InvariantCulture) != 0,
        };
    }

    /// <summary><c>len(t)</c>: the first dimension; a scalar has none.</summary>
    public static long Length(Tensor t) => t.Shape.Rank is > 0
        ? t.Shape.Dims!.Value[0] ?? throw PyErrors.TypeError("Cannot iterate over a tensor with unknown first dimension.")
        : throw PyErrors.TypeError("Scalar tensor has no `len()`");

    /// <summary><c>iter(t)</c> (_TensorIterator): <c>t[0]</c>, <c>t[1]</c>, … over the first dimension.</summary>
    public static IEnumerator<PyObject> Iterate(TfProcess p, Tensor t)
    {
        if (t.Shape.Rank is 0) throw PyErrors.TypeError("Cannot iterate over a scalar tensor.");
        var n = Length(t);
        return Items();
        IEnumerator<PyObject> Items()
        {
            for (long i = 0; i < n; i++) yield return TensorIndexing.GetItem(p, t, PyInt.Of(i));
        }
    }

    /// <summary><c>float(t)</c>: <c>float(self._numpy())</c>, which numpy allows for one element only.</summary>
    public static PyFloat ToFloat(TfProcess p, Tensor t) => Single(p, t) switch
    {
        bool b => new PyFloat(b ? 1 : 0),
        var v => new PyFloat(System.Convert.ToDouble(v is Half h ? (double)h : v, System.Globalization.CultureInfo.InvariantCulture)),
    };

    /// <summary><c>int(t)</c>: <c>int(self._numpy())</c>; floats truncate toward zero.</summary>
    public static PyInt ToInt(TfProcess p, Tensor t) => Single(p, t) switch
    {
        bool b => PyInt.Of(b ? 1 : 0),
        float or double or Half => ToFloat(p, t).Value is var d && (double.IsNaN(d) || double.IsInfinity(d))
            ? throw (double.IsNaN(d) ? PyErrors.ValueError("cannot convert float NaN to integer") : PyErrors.OverflowError("cannot convert float infinity to integer"))
            : PyInt.Of(new System.Numerics.BigInteger(Math.Truncate(ToFloat(p, t).Value))),
        var v => PyInt.Of(System.Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture)),
    };

    private static object Single(TfProcess p, Tensor t)
    {
        var a = Array(p, t);
        if (a.Size != 1) throw PyErrors.TypeError("only length-1 arrays can be converted to Python scalars");
        return a.GetBoxed(0);
    }

    /// <summary>BaseResourceVariable.__repr__ while eager: name, shape, dtype and the current value.</summary>
    public static string VariableRepr(TfProcess p, Variable v, string? name = null)
    {
        var value = p.Run(TfVariable.AsTensor(v));
        return $"<tf.Variable '{name ?? v.Name}' shape={v.Shape} dtype={v.DType.Name}, {ValueText(Array(p, value), true)}>";
    }
}
