using ScopeFn.Core.Variables;
using ScopeFn.Script.Runtime;

namespace ScopeFn.Script.Tf;

/// <summary>
/// <c>tf.compat.v1.make_template(name_, func_, create_scope_now_=False, unique_name_=None,
/// custom_getter_=None, **kwargs)</c> (template.py, exported under v1 only) over the core's
/// <see cref="Templates"/>: the template's calls run the Python function with the bound kwargs
/// plus the call's own arguments.
/// </summary>
internal static class TfTemplates
{
    public static PyModule AddTemplates(this PyModule m, TfProcess p) => m
        .Set("make_template", new PyBuiltinFunction("make_template", a => Make(p, a)));

    private static PyObject Make(TfProcess p, CallArgs a)
    {
        PyObject? Arg(int i, string name) => a.Count > i ? a[i] : a.Keyword(name);
        var name = Arg(0, "name_") is PyStr s ? s.Value : null;
        var func = Arg(1, "func_") ?? throw PyErrors.TypeError("make_template() missing 1 required positional argument: 'func_'");
        var createNow = Arg(2, "create_scope_now_") is { } c && c.IsTrue();
        var uniqueName = Convert.OptionalString(Arg(3, "unique_name_"));
        var getter = TfCustomGetters.Of(p, Arg(4, "custom_getter_"));
        string[] own = ["name_", "func_", "create_scope_now_", "unique_name_", "custom_getter_"];
        var bound = a.Keywords.Where(kv => !own.Contains(kv.Key)).ToList();
        var pending = new Stack<CallArgs>();
        var template = p.Build(Templates.MakeTemplate<PyObject>(name, () => p.Callback(() =>
        {
            var call = pending.Peek();
            var keywords = bound.Where(kv => call.Keyword(kv.Key) is null).Concat(call.Keywords).ToList();
            return func.Call(new CallArgs(call.Positional, keywords));
        }), createNow, uniqueName, getter), "tf.make_template");
        return new TemplateObject(p, template, pending);
    }
}

/// <summary>template.py <c>Template</c>: callable; <c>name</c>, <c>variable_scope</c>, <c>variable_scope_name</c> and its variable lists.</summary>
internal sealed class TemplateObject(TfProcess process, Template<PyObject> template, Stack<CallArgs> pending) : PyObject
{
    private static readonly PyType TemplateType = new("Template", BuiltinTypes.Object, "tensorflow.python.ops.template");

    public override PyType Type => TemplateType;

    public override PyObject Call(CallArgs args)
    {
        pending.Push(args);
        try
        {
            return process.Build(Templates.Call(template), "template");
        }
        finally
        {
            pending.Pop();
        }
    }

    public override PyObject? GetAttribute(string name) => name switch
    {
        "name" => new PyStr(template.Name),
        "variable_scope" => process.Run(Templates.VariableScope(template)) is { } s ? new VariableScopeObject(process, s) : PyNone.Instance,
        "variable_scope_name" => process.Run(Templates.VariableScopeName(template)) is { } n ? new PyStr(n) : PyNone.Instance,
        "trainable_variables" => Variables(ScopeFn.Core.Graphs.GraphKeys.TrainableVariables),
        "global_variables" => Variables(ScopeFn.Core.Graphs.GraphKeys.GlobalVariables),
        "local_variables" => Variables(ScopeFn.Core.Graphs.GraphKeys.LocalVariables),
        _ => null,
    };

    private PyList Variables(string key) => new(process.Run(Templates.Variables(template, key)).Select(v => (PyObject)process.Variable(v)));

    public override string Repr() => $"<tensorflow.python.ops.template.Template object at {PyIds.Hex(this)}>";
}
