using ScopeFn.Core.Gradients;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Tapes;
using ScopeFn.Core.Worlds;
using ScopeFn.Script.Runtime;

namespace ScopeFn.Script.Tf;

/// <summary>
/// <c>tf.GradientTape(persistent=False, watch_accessed_variables=True)</c> while building a graph:
/// <c>with</c>, <c>watch</c>, <c>stop_recording</c> and <c>gradient</c> over the core's tape.
/// </summary>
internal sealed class GradientTapeObject(TfProcess process, TapeId tape) : PyObject
{
    public static readonly PyType TapeType = new("GradientTape", BuiltinTypes.Object, "tensorflow.python.eager.backprop");

    public override PyType Type => TapeType;
    public override bool IsContextManager => true;

    public static PyObject Create(TfProcess p, CallArgs a)
    {
        var persistent = (a.Arg(0, "persistent")) is { } ps && ps.IsTrue();
        var watchAccessed = (a.Arg(1, "watch_accessed_variables")) is not { } wa || wa.IsTrue();
        return new GradientTapeObject(p, p.Build(GradientTapes.New(persistent, watchAccessed), "tf.GradientTape"));
    }

    public override PyObject Enter()
    {
        process.Enter(GradientTapes.Enter(tape));
        return this;
    }

    public override bool Exit(PyBaseException? exception)
    {
        process.Exit();
        return false;
    }

    public override PyObject? GetAttribute(string name) => name switch
    {
        "watch" => new PyBuiltinFunction("watch", a =>
        {
            process.Run(GradientTapes.Watch(tape, Flatten(a[0]).Select(Source)));
            return PyNone.Instance;
        }),
        "stop_recording" => new PyBuiltinFunction("stop_recording", _ =>
            new ScopeObject<LanguageExt.Unit>(process, GradientTapes.EnterStopRecordingTape(tape), _ => PyNone.Instance)),
        "gradient" => new PyBuiltinFunction("gradient", Gradient),
        _ => null,
    };

    /// <summary><c>gradient(target, sources, output_gradients=None, unconnected_gradients=NONE)</c>: the result has the structure of <c>sources</c>.</summary>
    private PyObject Gradient(CallArgs a)
    {
        var target = a.Arg(0, "target");
        var sources = (a.Arg(1, "sources")) ?? throw PyErrors.TypeError("gradient() missing required argument: 'sources'");
        var targets = target is null or PyNone ? [null] : Flatten(target).Select(x => (object?)SourceObject(x)).ToList();
        var flatSources = Flatten(sources).Select(SourceObject).ToList();
        var outputGradients = (a.Arg(2, "output_gradients")) is { } og and not PyNone
            ? Flatten(og).Select(x => x is PyNone ? null : Convert.ToHost(x)).ToList()
            : null;
        var unconnected = (a.Arg(3, "unconnected_gradients")) is { } u and not PyNone
            && u.GetAttribute("value") is PyStr { Value: "zero" } or PyStr { Value: "zero" }
            ? UnconnectedGradients.Zero
            : UnconnectedGradients.None;
        var grads = process.Build(TapeGradients.Gradient(tape, targets, flatSources, outputGradients, unconnected), "GradientTape.gradient");
        var wrapped = grads.Select(g => g is null ? PyNone.Instance : (PyObject)process.Tensor(g)).ToList();
        return sources switch
        {
            PyList => new PyList(wrapped),
            PyTuple => new PyTuple(wrapped.ToArray()),
            _ => wrapped[0],
        };
    }

    private static IEnumerable<PyObject> Flatten(PyObject value) => value switch
    {
        PyList l => l.Items.SelectMany(Flatten),
        PyTuple t => t.Items.SelectMany(Flatten),
        _ => [value],
    };

    private static object SourceObject(PyObject x) => x is VariableObject v ? v.Variable : Convert.ToInput(x);

    private static Tensor Source(PyObject x) => x is VariableObject v ? v.Variable.Handle : (Tensor)Convert.ToInput(x);
}
