using System.Collections.Concurrent;
using ScopeFn.Script.Runtime;

namespace ScopeFn.Script.Tf.Api;

/// <summary>
/// A TensorFlow module as scripts see it: the registrations of a <see cref="PyModule"/> filtered
/// by TensorFlow's golden member list. A name TF's module lacks is an AttributeError even when
/// ScopeFn implements it elsewhere (TF 2's top level has no <c>get_variable</c>); a name TF has
/// that ScopeFn does not register is a NotImplementedError, so a missing model is never passed
/// off as TensorFlow's answer. Submodules are wrapped on access with their own lists, which is
/// why registrations added anywhere in <see cref="TfModule"/> are filtered without further work.
/// </summary>
public sealed class ApiModule : PyModule
{
    private readonly PyModule inner;
    private readonly ApiPath path;
    private readonly IReadOnlySet<string>? members;
    private readonly ConcurrentDictionary<string, PyObject> assigned = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ApiModule> children = new(StringComparer.Ordinal);

    private ApiModule(PyModule inner, ApiPath path) : base(path.PythonName)
    {
        this.inner = inner;
        this.path = path;
        members = ApiGolden.Members(path.GoldenKey);
    }

    /// <summary>The <c>tensorflow</c> module scripts import (TF 2.x's top level).</summary>
    public static ApiModule Expose(PyModule tensorflow) => new(tensorflow, ApiPath.Root);

    /// <summary>The dotted name scripts use (<c>tf.compat.v1</c>), for messages.</summary>
    public string ScriptPath => path.ScriptPath;

    public override PyObject? GetAttribute(string name)
    {
        if (assigned.TryGetValue(name, out var own)) return own;
        // Dunders are the module object's own (__name__), then the wrapped module's (__version__).
        if (name.StartsWith("__", StringComparison.Ordinal)) return base.GetAttribute(name) ?? inner.GetAttribute(name);
        if (members is not null && !members.Contains(name)) return null;
        var value = inner.GetAttribute(name);
        if (value is null)
        {
            return members is null
                ? null
                : throw PyErrors.New(PyExceptionTypes.NotImplementedError, $"ScopeFn does not model {path.ScriptPath}.{name} yet");
        }
        return value is PyModule module and not ApiModule
            ? children.GetOrAdd(name, n => new ApiModule(module, path.Child(n)))
            : value;
    }

    public override void SetAttribute(string name, PyObject value) => assigned[name] = value;

    // A class exported as a namespace (GraphKeys) words its misses as a type object does.
    public override string MissingAttributeMessage(string name) => path.IsClass
        ? $"type object '{path.LastName}' has no attribute '{name}'"
        : base.MissingAttributeMessage(name);

    public override IEnumerable<string> AttributeNames =>
        inner.AttributeNames.Where(n => members is null || members.Contains(n)).Concat(assigned.Keys).Distinct();
}

/// <summary>
/// Where a module sits in TensorFlow's API: its golden list, its <c>__name__</c> and the dotted
/// name scripts write. TF 2.2 on names its generated submodules <c>tensorflow._api.v2.X</c>
/// (tracebacks quoted in google-research/bert#1140, "module 'tensorflow._api.v2.train' has no
/// attribute 'Optimizer'" under TF 2.2.0), and <c>tf.compat.v1</c> carries the v1 API.
/// </summary>
public sealed record ApiPath(string GoldenKey, string PythonName, string ScriptPath)
{
    public static readonly ApiPath Root = new("v2.tensorflow", "tensorflow", "tf");

    public string LastName => ScriptPath[(ScriptPath.LastIndexOf('.') + 1)..];

    // Golden names of classes (GraphKeys) start upper case; modules are lower case.
    public bool IsClass => char.IsUpper(LastName[0]);

    public ApiPath Child(string name)
    {
        var python = PythonName == "tensorflow" ? "tensorflow._api.v2." + name : PythonName + "." + name;
        var golden = (ScriptPath, name) switch
        {
            ("tf.compat", "v1") => "v1.tensorflow",
            ("tf.compat", "v2") => "v2.tensorflow",
            _ => GoldenKey + "." + name,
        };
        return new ApiPath(golden, python, ScriptPath + "." + name);
    }
}
