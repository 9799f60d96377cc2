using ScopeFn.Core.Functions;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Ops;
using ScopeFn.Script.Runtime;

namespace ScopeFn.Script.Tf;

/// <summary>
/// control_flow_v2_toggles.py, exported under <c>tf.compat.v1</c> only; and cond.py's conds:
/// <c>tf.compat.v1.cond(pred, true_fn=None, false_fn=None, strict=False, name=None, fn1=None, fn2=None)</c>
/// and <c>tf.cond(pred, true_fn=None, false_fn=None, name=None)</c> (<c>cond_for_tf_v2</c>, strict).
/// </summary>
internal static class TfControlFlowFunctions
{
    public static PyModule AddControlFlowToggles(this PyModule m, TfProcess p) => m
        .Set("enable_control_flow_v2", new PyBuiltinFunction("enable_control_flow_v2", _ => { p.Run(ControlFlowToggles.Enable); return PyNone.Instance; }))
        .Set("disable_control_flow_v2", new PyBuiltinFunction("disable_control_flow_v2", _ => { p.Run(ControlFlowToggles.Disable); return PyNone.Instance; }))
        .Set("control_flow_v2_enabled", new PyBuiltinFunction("control_flow_v2_enabled", _ => PyBool.Of(p.Run(ControlFlowToggles.Enabled))))
        .Set("cond", new PyBuiltinFunction("cond", a => Cond(p, a, v2Api: false)));

    /// <summary><c>tf.cond</c> of the TF 2.x API.</summary>
    public static PyModule AddCond(this PyModule m, TfProcess p) =>
        m.Set("cond", new PyBuiltinFunction("cond", a => Cond(p, a, v2Api: true)));

    private static PyObject Cond(TfProcess p, CallArgs a, bool v2Api)
    {
        var pred = a.Arg(0, "pred") ?? throw PyErrors.TypeError("cond() missing 1 required positional argument: 'pred'");
        var trueFn = Branch(a.Arg(1, "true_fn"), v2Api ? null : a.Keyword("fn1"), "true_fn", "fn1");
        var falseFn = Branch(a.Arg(2, "false_fn"), v2Api ? null : a.Keyword("fn2"), "false_fn", "fn2");
        var strict = v2Api || (a.Arg(3, "strict") is { } s && s.IsTrue());
        var name = Convert.OptionalString(v2Api ? a.Arg(3, "name") : a.Arg(4, "name"));
        var program = Conds.Cond(Convert.ToHost(pred) ?? throw PyErrors.ValueError("None values not supported."),
            Run(p, trueFn), Run(p, falseFn), name, strict);
        return FunctionModule.Outputs(p, FunctionModule.RunGuarded(p, program));
    }

    // cond.py's argument checks: fn1 / fn2 are the deprecated spellings of true_fn / false_fn.
    private static PyObject Branch(PyObject? fn, PyObject? old, string name, string oldName)
    {
        if (old is not null and not PyNone)
        {
            if (fn is not null and not PyNone) throw PyErrors.TypeError($"cond(): '{name}' and '{oldName}' may not be set simultaneously.");
            fn = old;
        }
        else if (fn is null or PyNone) throw PyErrors.TypeError($"cond(): '{name}' argument required");
        if (!Builtins.IsCallable(fn)) throw PyErrors.TypeError($"'{name}' must be callable.");
        return fn;
    }

    /// <summary>A branch as a core step: the Python callable runs on the world the step is given.</summary>
    private static Func<ScopeFn.Core.Monad.Tf<object?>> Run(TfProcess p, PyObject fn) => () => ScopeFn.Core.Monad.Tf.Of<object?>((w, _) =>
    {
        p.World = w;
        var result = fn.Call(new CallArgs([], []));
        return ScopeFn.Core.Monad.Result.Ok(p.World, ToOutput(result));
    });

    private static object? ToOutput(PyObject v) => v switch
    {
        PyNone => null,
        TensorObject t => t.Tensor,
        VariableObject variable => variable.Variable,
        PyTuple t => new OutputSequence(false, t.Items.Select(ToOutput).ToArray()),
        PyList l => new OutputSequence(true, l.Items.Select(ToOutput).ToArray()),
        PyBool or PyInt or PyFloat or PyStr => FunctionModule.ToArg(v),
        _ => throw PyErrors.TypeError(
            $"To be compatible with tf.function, Python functions must return zero or more Tensors or ExtensionTypes or None values; found return value of type {v.Type.Name}, which is not a Tensor or ExtensionType."),
    };
}
