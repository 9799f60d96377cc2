using System.Collections;
using System.Runtime.CompilerServices;
using ScopeFn.Core.Graphs;
using ScopeFn.Interpreter.Arrays;
using ScopeFn.Interpreter.Session;
using ScopeFn.Script.Runtime;

namespace ScopeFn.Script.Tf;

internal static class SessionTypes
{
    public static readonly PyType Session = new("Session", BuiltinTypes.Object, "tensorflow.python.client.session");
    public static readonly PyType NdArray = new("ndarray", BuiltinTypes.Object, "numpy");
}

/// <summary><c>tf.compat.v1.Session()</c>: runs the default graph as it is when <c>run</c> is called.</summary>
internal sealed class SessionObject : PyObject
{
    private readonly TfProcess process;
    private readonly Session session;

    public SessionObject(TfProcess process)
    {
        this.process = process;
        var graph = process.Run(ScopeFn.Core.Scopes.DefaultGraph.Current);
        session = new Session(() => process.World, graph);
    }

    public override PyType Type => SessionTypes.Session;
    public override bool IsContextManager => true;
    public override PyObject Enter() => this;

    public override bool Exit(PyBaseException? exception)
    {
        session.Close();
        return false;
    }

    public override PyObject? GetAttribute(string name) => name switch
    {
        "run" => new PyBuiltinFunction("run", a =>
        {
            var fetches = ToFetch(a.Arg(0, "fetches")!);
            var feeds = (a.Arg(1, "feed_dict")) is PyDict d
                ? d.Entries.Select(kv => new KeyValuePair<object, object?>(ToFetch(kv.Key)!, Convert.ToHost(kv.Value)))
                : null;
            // TryRun keeps the session state inside the session, so replaced variable values can be reused.
            var (fetched, error) = session.TryRun(fetches, feeds);
            process.Tracer?.Call(process.World, process.World, process.Thread, error, null);
            if (error is not null) throw TfProcess.Fail(error);
            var value = FromResult(fetched);
            process.Tracer?.Fetch(fetches, value.Str());
            return value;
        }),
        "close" => new PyBuiltinFunction("close", _ => { session.Close(); return PyNone.Instance; }),
        "graph" => process.Graph(session.Graph),
        _ => null,
    };

    /// <summary>Python fetches (tensors, ops, variables, names, nested lists/tuples/dicts) as the session takes them.</summary>
    private static object? ToFetch(PyObject value) => value switch
    {
        TensorObject t => t.Tensor,
        OperationObject o => o.Operation,
        VariableObject v => v.Variable.Value,
        PyStr s => s.Value,
        PyList l => l.Items.Select(ToFetch).ToList(),
        PyTuple t => new FetchTuple(t.Items.Select(ToFetch).ToArray()),
        PyDict d => d.Entries.ToDictionary(kv => (object)kv.Key, kv => ToFetch(kv.Value)),
        PyNone => null,
        _ => throw PyErrors.TypeError($"Fetch argument {Ops.Repr(value)} has invalid type {value.Type.Name}, must be a string or Tensor. (Can not convert a {value.Type.Name} into a Tensor or Operation.)"),
    };

    private static PyObject FromResult(object? value) => value switch
    {
        null => PyNone.Instance,
        NdArray a => new NdArrayObject(a),
        object?[] tuple => new PyTuple(tuple.Select(FromResult)),
        IDictionary dict => new PyDict(dict.Keys.Cast<object>().Select(k => new KeyValuePair<PyObject, PyObject>((PyObject)k, FromResult(dict[k])))),
        IList list => new PyList(list.Cast<object?>().Select(FromResult)),
        ITuple t => new PyTuple(Enumerable.Range(0, t.Length).Select(i => FromResult(t[i]))),
        _ => throw new InvalidOperationException($"no Python form for a fetched {value.GetType().Name}"),
    };
}

/// <summary>A fetched value as numpy shows it: <c>str</c> like numpy, <c>.tolist()</c>, <c>.shape</c>, <c>.dtype</c>.</summary>
internal sealed class NdArrayObject(NdArray array) : PyObject
{
    // Session.run gives a 0-d result as a numpy scalar (numpy.float32, numpy.int32, …).
    public override PyType Type => array.Rank == 0 ? NumpyScalars.TypeOf(array.DType) : SessionTypes.NdArray;

    public override PyObject? GetAttribute(string name) => name switch
    {
        "shape" => new PyTuple(array.Shape.Select(d => (PyObject)PyInt.Of(d))),
        "ndim" => PyInt.Of(array.Rank),
        "size" => PyInt.Of(array.Size),
        "tolist" => new PyBuiltinFunction("tolist", _ => ToPython(array.ToNested())),
        "item" => new PyBuiltinFunction("item", _ => ToPython(array.GetBoxed(0))),
        _ => null,
    };

    private static PyObject ToPython(object? value) => value switch
    {
        List<object> l => new PyList(l.Select(ToPython)),
        bool b => PyBool.Of(b),
        float f => new PyFloat(f),
        double d => new PyFloat(d),
        Half h => new PyFloat((double)h),
        string s => new PyStr(s),
        null => PyNone.Instance,
        _ => PyInt.Of(System.Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)),
    };

    public override string Str() => NumpyFormat.Str(array);
    public override string Repr() => NumpyRepr.Repr(array);
}
