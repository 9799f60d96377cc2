using ScopeFn.Core.Gradients;
using ScopeFn.Core.Graphs;
using ScopeFn.Script.Runtime;

namespace ScopeFn.Script.Tf;

/// <summary>
/// <c>tf.gradients</c> / <c>tf.compat.v1.gradients</c> and <c>tf.UnconnectedGradients</c> for
/// scripts, over the core's graph-mode gradients (gradients_util.py).
/// </summary>
internal static class GradientsFunctions
{
    public static readonly PyType UnconnectedGradientsType = new("UnconnectedGradients", BuiltinTypes.Object, "tensorflow.python.ops.unconnected_gradients");

    private sealed class UnconnectedValue(string member, string value) : PyObject
    {
        public string Value => value;
        public override PyType Type => UnconnectedGradientsType;
        public override string Repr() => $"<UnconnectedGradients.{member}: '{value}'>";
        public override PyObject? GetAttribute(string name) => name switch
        {
            "value" => new PyStr(value),
            "name" => new PyStr(member),
            _ => null,
        };
    }

    private static readonly UnconnectedValue None = new("NONE", "none");
    private static readonly UnconnectedValue Zero = new("ZERO", "zero");

    public static PyModule UnconnectedGradientsModule() =>
        new PyModule("tensorflow.UnconnectedGradients").Set("NONE", None).Set("ZERO", Zero);

    /// <summary>Adds <c>gradients</c> and <c>UnconnectedGradients</c> to a tf module.</summary>
    public static PyModule Install(TfProcess p, PyModule m) => m
        .Set("UnconnectedGradients", UnconnectedGradientsModule())
        .Set("gradients", new PyBuiltinFunction("gradients", a => Call(p, a)))
        .Set("GradientTape", new PyBuiltinFunction("GradientTape", a => GradientTapeObject.Create(p, a)));

    /// <summary>
    /// <c>gradients(ys, xs, grad_ys=None, name="gradients", …, stop_gradients=None, unconnected_gradients=NONE)</c>:
    /// always a list, one entry (a tensor or None) per source.
    /// </summary>
    private static PyObject Call(TfProcess p, CallArgs a)
    {
        if (p.ExecutingEagerly)
            throw PyErrors.RuntimeError("tf.gradients is not supported when eager execution is enabled. Use tf.GradientTape instead.");
        PyObject? Arg(int i, string name) => a.Count > i ? a[i] : a.Keyword(name);
        var ys = Items(Arg(0, "ys") ?? throw PyErrors.TypeError("gradients() missing required argument: 'ys'"));
        var xs = Items(Arg(1, "xs") ?? throw PyErrors.TypeError("gradients() missing required argument: 'xs'"));
        var gradYs = Arg(2, "grad_ys") is { } g and not PyNone ? Items(g).Select(x => x is PyNone ? null : Convert.ToHost(x)).ToList() : null;
        var name = Arg(3, "name") is { } n and not PyNone ? ((PyStr)n).Value : "gradients";
        var stops = a.Keyword("stop_gradients") is { } s and not PyNone ? Items(s).Select(Source).ToList() : null;
        var unconnected = a.Keyword("unconnected_gradients") switch
        {
            null or PyNone => UnconnectedGradients.None,
            UnconnectedValue u => Parse(u.Value, u.Repr()),
            PyStr str => Parse(str.Value, Ops.Repr(str)),
            var other => Parse("", Ops.Repr(other)),
        };
        var result = p.Build(Gradients.Build(ys.Select(Target).ToList(), xs.Select(Source).ToList(), gradYs, name, stops, unconnected), "tf.gradients");
        return new PyList(result.Select(t => t is null ? PyNone.Instance : (PyObject)p.Tensor(t)));
    }

    private static UnconnectedGradients Parse(string value, string repr) =>
        UnconnectedGradientsParse.Parse(value, repr).Match(u => u, e => throw TfProcess.Fail(e));

    /// <summary><c>_AsList</c>: a list or tuple as is, anything else as a one-element list.</summary>
    private static IReadOnlyList<PyObject> Items(PyObject value) => value switch
    {
        PyList l => l.Items.ToList(),
        PyTuple t => t.Items.ToList(),
        _ => [value],
    };

    private static object Target(PyObject y) => y is VariableObject v ? v.Variable : Convert.ToInput(y);

    /// <summary>A source: a variable stands for its handle (resource) or its ref tensor.</summary>
    private static object Source(PyObject x) => x is VariableObject v ? v.Variable : Convert.ToInput(x);
}
