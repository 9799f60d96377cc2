using LanguageExt;
using ScopeFn.Core.Contexts;
using ScopeFn.Core.Devices;
using ScopeFn.Core.Errors;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Worlds;
using ScopeFn.Script.Runtime;
using ScopeFn.Script.Syntax;

namespace ScopeFn.Script.Tf;

/// <summary>
/// Devices in the tf module: <c>tf.device</c> (ops.py <c>device_v2</c>), <c>tf.compat.v1.device</c>
/// (<c>device</c>, which also takes device functions), <c>Graph.device</c> and <c>tf.DeviceSpec</c>.
/// </summary>
public static partial class TfModule
{
    private static void AddDevices(TfProcess p, PyModule top, PyModule v1)
    {
        top.Set("device", Fn("device", a =>
        {
            var name = a.Arg(0, "device_name") ?? throw PyErrors.TypeError("device_v2() missing 1 required positional argument: 'device_name'");
            // device_v2 refuses callables when called, before any block is entered.
            if (Builtins.IsCallable(name)) throw PyErrors.RuntimeError("tf.device does not support functions.");
            return TfDevices.Block(p, name, "device", (w, t, scope) => Devices.EnterV2(scope)(w, t));
        }));
        v1.Set("device", Fn("device", a =>
        {
            var name = a.Arg(0, "device_name_or_function") ?? throw PyErrors.TypeError("device() missing 1 required positional argument: 'device_name_or_function'");
            return TfDevices.Block(p, name, "device", (w, t, scope) => Devices.Enter(scope)(w, t));
        }));
        foreach (var m in new[] { top, v1 }) m.Set("DeviceSpec", TfDevices.DeviceSpecType);
    }
}

internal static class TfDevices
{
    /// <summary>
    /// A <c>with</c>-able device block. What was passed is turned into a device-stack entry when the
    /// block is entered (TF's device blocks are generator context managers): a string is parsed
    /// then, and other values fail as TF's code does with them — in eager mode context.py's
    /// ValueError, in a graph device.py's attempt to <c>split</c> them.
    /// </summary>
    public static PyObject Block(TfProcess p, PyObject value, string kind, Func<World, ThreadId, DeviceScope, Result<Entered<Unit>>> enter) =>
        new ScopeObject<Unit>(p, (w, t) =>
        {
            var scope = Scope(p, value, EagerMode.IsEager(w, t));
            return scope.Match(s => enter(w, t, s), e => Result.Fail<Entered<Unit>>(w, e));
        }, _ => PyNone.Instance, new ScopeTag(kind, value is PyStr s ? s.Value : value is DeviceSpecObject d ? d.Spec.ToString() : null));

    /// <summary><c>Graph.device(device_name_or_function)</c>.</summary>
    public static PyObject GraphBlock(TfProcess p, GraphId graph, PyObject value) =>
        new ScopeObject<Unit>(p, (w, t) =>
        {
            var scope = Scope(p, value, eager: false);
            return scope.Match(s => Devices.EnterInGraph(graph, s)(w, t), e => Result.Fail<Entered<Unit>>(w, e));
        }, _ => PyNone.Instance, new ScopeTag("graph_device", value is PyStr s ? s.Value : value is DeviceSpecObject d ? d.Spec.ToString() : null));

    /// <summary>ops.py <c>_UserDeviceSpec</c> of a Python value.</summary>
    private static Either<TfError, DeviceScope> Scope(TfProcess p, PyObject value, bool eager) => value switch
    {
        PyNone => DeviceScope.Clear.Instance,
        PyStr s => DeviceScope.FromString(s.Value),
        DeviceSpecObject d => DeviceScope.FromSpec(d.Spec),
        _ when Builtins.IsCallable(value) => new DeviceScope.Function(Function(p, value), Ops.Str(value)),
        _ when eager => new ValueError($"Expecting a string device name. Got {Ops.Repr(value.Type)}({Ops.Str(value)})"),
        _ => new AttributeError($"'{value.Type.Name}' object has no attribute 'split'"),
    };

    /// <summary>
    /// A Python device function: called with the new op, its result is the op's device — a string
    /// verbatim, a DeviceSpec as its string (ops.py <c>_device_string</c>); anything else fails in
    /// <c>compat.as_str</c>.
    /// </summary>
    private static DeviceFunction Function(TfProcess p, PyObject fn) => op => p.Callback(() =>
        fn.Call(CallArgs.Of(p.Op(op))) switch
        {
            PyStr s => s.Value,
            DeviceSpecObject d => d.Spec.ToString(),
            var other => throw PyErrors.TypeError($"Expected binary or unicode string, got {Ops.Repr(other)}"),
        });

    public static readonly PyType DeviceSpecType = new DeviceSpecClass();

    /// <summary>
    /// <c>tf.DeviceSpec</c> (DeviceSpecV2): keyword or positional job, replica, task, device_type,
    /// device_index; <c>DeviceSpec.from_string</c> on the class.
    /// </summary>
    private sealed class DeviceSpecClass() : PyType("DeviceSpecV2", BuiltinTypes.Object, "tensorflow.python.framework.device_spec", Construct)
    {
        public override PyObject? GetAttribute(string name) => name == "from_string"
            ? new PyBuiltinFunction("from_string", a => FromString(a.Arg(0, "spec") ?? throw PyErrors.TypeError("from_string() missing 1 required positional argument: 'spec'")))
            : base.GetAttribute(name);

        private static readonly string[] Parameters = ["job", "replica", "task", "device_type", "device_index"];

        private static PyObject Construct(CallArgs a)
        {
            if (a.Count > Parameters.Length) throw PyErrors.TypeError($"__init__() takes from 1 to 6 positional arguments but {a.Count + 1} were given");
            foreach (var (k, _) in a.Keywords)
                if (!Parameters.Contains(k)) throw PyErrors.TypeError($"__init__() got an unexpected keyword argument '{k}'");
            PyObject? V(int i) => a.Arg(i, Parameters[i]) is { } v and not PyNone ? v : null;
            return New(V(0), V(1), V(2), V(3), V(4));
        }
    }

    /// <summary>The constructor's conversions: <c>str(job)</c>, <c>int(…)</c> of the indices, lowercase cpu/gpu uppercased.</summary>
    public static DeviceSpecObject New(PyObject? job, PyObject? replica, PyObject? task, PyObject? deviceType, PyObject? deviceIndex) =>
        new(new DeviceSpec(job is null ? null : Ops.Str(job), Int(replica), Int(task), deviceType is null ? null : Ops.Str(deviceType), Int(deviceIndex)));

    private static long? Int(PyObject? value) => value switch
    {
        null => null,
        PyBool b => b.IsTrueValue ? 1 : 0,
        PyInt i => (long)i.Value,
        PyStr s => DeviceSpec.PythonInt(s.Value) ?? throw PyErrors.ValueError($"invalid literal for int() with base 10: {Ops.Repr(s)}"),
        _ => throw PyErrors.TypeError($"int() argument must be a string, a bytes-like object or a real number, not '{value.Type.Name}'"),
    };

    public static PyObject FromString(PyObject spec) => spec switch
    {
        PyNone => new DeviceSpecObject(DeviceSpec.Empty),
        PyStr s => DeviceSpec.FromString(s.Value).Match(d => new DeviceSpecObject(d), e => throw PyErrors.FromTfError(e)),
        _ => throw PyErrors.AttributeError($"'{spec.Type.Name}' object has no attribute 'split'"),
    };
}

/// <summary>A <c>tf.DeviceSpec</c> value.</summary>
internal sealed class DeviceSpecObject(DeviceSpec spec) : PyObject
{
    public DeviceSpec Spec => spec;
    public override PyType Type => TfDevices.DeviceSpecType;

    public override PyObject? GetAttribute(string name) => name switch
    {
        "job" => spec.Job is { } j ? new PyStr(j) : PyNone.Instance,
        "replica" => spec.Replica is { } r ? PyInt.Of(r) : PyNone.Instance,
        "task" => spec.Task is { } t ? PyInt.Of(t) : PyNone.Instance,
        "device_type" => spec.DeviceType is { } d ? new PyStr(d) : PyNone.Instance,
        "device_index" => spec.DeviceIndex is { } i ? PyInt.Of(i) : PyNone.Instance,
        "to_string" => new PyBuiltinFunction("to_string", _ => new PyStr(spec.ToString())),
        "from_string" or "parse_from_string" => new PyBuiltinFunction(name, a => TfDevices.FromString(a.Arg(0, "spec") ?? PyNone.Instance)),
        "make_merged_spec" => new PyBuiltinFunction("make_merged_spec", a => a.Arg(0, "dev") is DeviceSpecObject dev
            ? new DeviceSpecObject(spec.MergedWith(dev.Spec))
            : throw PyErrors.AttributeError($"'{a.Arg(0, "dev")?.Type.Name ?? "NoneType"}' object has no attribute 'job'")),
        "replace" => new PyBuiltinFunction("replace", Replace),
        _ => null,
    };

    /// <summary><c>replace(**kwargs)</c>: the constructor with this spec's parts, the given ones overriding.</summary>
    private PyObject Replace(CallArgs a)
    {
        if (a.Count > 0) throw PyErrors.TypeError($"replace() takes 1 positional argument but {a.Count + 1} were given");
        var parts = new Dictionary<string, PyObject?>
        {
            ["job"] = spec.Job is { } j ? new PyStr(j) : null,
            ["replica"] = spec.Replica is { } r ? PyInt.Of(r) : null,
            ["task"] = spec.Task is { } t ? PyInt.Of(t) : null,
            ["device_type"] = spec.DeviceType is { } d ? new PyStr(d) : null,
            ["device_index"] = spec.DeviceIndex is { } i ? PyInt.Of(i) : null,
        };
        foreach (var (k, v) in a.Keywords)
        {
            if (!parts.ContainsKey(k)) throw PyErrors.TypeError($"__init__() got an unexpected keyword argument '{k}'");
            parts[k] = v is PyNone ? null : v;
        }
        return TfDevices.New(parts["job"], parts["replica"], parts["task"], parts["device_type"], parts["device_index"]);
    }

    public override PyObject? Compare(CompareOperator compare, PyObject other) => compare switch
    {
        CompareOperator.Equal => PyBool.Of(other is DeviceSpecObject o && o.Spec.ToString() == spec.ToString()),
        CompareOperator.NotEqual => PyBool.Of(!(other is DeviceSpecObject o2 && o2.Spec.ToString() == spec.ToString())),
        _ => null,
    };

    // DeviceSpecV2 hashes its string form.
    public override long Hash() => PyHash.OfStr(spec.ToString());

    /// <summary>DeviceSpecV2.<c>__repr__</c> (an f-string: strings bare, absent parts None).</summary>
    public override string Repr() =>
        $"<DeviceSpec(job={spec.Job ?? "None"}, replica={Part(spec.Replica)}, task={Part(spec.Task)}, device_type={spec.DeviceType ?? "None"}, device_index={Part(spec.DeviceIndex)})>";

    private static string Part(long? v) => v is { } n ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : "None";
}
