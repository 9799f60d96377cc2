using ScopeFn.Core.Functions;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Scopes;
using ScopeFn.Core.Types;
using ScopeFn.Core.Variables;
using ScopeFn.Script.Evaluation;
using ScopeFn.Script.Runtime;

namespace ScopeFn.Script.Tf;

/// <summary>
/// <c>tf.function</c>, <c>tf.TensorSpec</c> and <c>tf.inside_function</c> for scripts, over
/// <see cref="PolyFunctions"/>. A trace runs the Python function with the world threaded through
/// it, so its Python side effects (print) happen while tracing only.
/// </summary>
internal static class FunctionModule
{
    public static readonly PyType FunctionType = new("Function", BuiltinTypes.Object, "tensorflow.python.eager.polymorphic_function.polymorphic_function");
    public static readonly PyType ConcreteType = new("ConcreteFunction", BuiltinTypes.Object, "tensorflow.python.eager.polymorphic_function.concrete_function");
    public static readonly PyType TensorSpecType = new("TensorSpec", BuiltinTypes.Object, "tensorflow.python.framework.tensor");

    public static PyModule Register(TfProcess p, PyModule m) => m
        .Set("function", new PyBuiltinFunction("function", a => Function(p, a)))
        .Set("TensorSpec", new PyBuiltinFunction("TensorSpec", a => new TensorSpecObject(new TensorType(
            Dtype(a.Arg(1, "dtype")) ?? DType.Float32,
            Convert.OptionalShape(a.Arg(0, "shape")) ?? TensorShape.Unknown,
            Convert.OptionalString(a.Arg(2, "name"))))))
        .Set("inside_function", new PyBuiltinFunction("inside_function", _ =>
        {
            var g = p.Run(DefaultGraph.Current);
            return PyBool.Of(p.World.Graph(g).BuildingFunction);
        }));

    private static DType? Dtype(PyObject? v) => v is DTypeObject d ? d.DType : null;

    // tf.function(func=None, input_signature=None, ...): without func, a decorator.
    private static PyObject Function(TfProcess p, CallArgs a)
    {
        var func = a.Arg(0, "func");
        var signatureArg = a.Arg(1, "input_signature");
        IReadOnlyList<TraceType>? signature = signatureArg is null or PyNone
            ? null
            : (signatureArg.Iterate() ?? throw PyErrors.TypeError("input_signature must be a possibly nested sequence of TensorSpec objects."))
                .Drain().Select(x => (TraceType)((x as TensorSpecObject)?.Spec ?? throw PyErrors.TypeError(
                    $"input_signature must be a possibly nested sequence of TensorSpec objects, got invalid args {Ops.Repr(x)} with types {x.Type.Name}."))).ToList();
        PyObject Make(PyObject f)
        {
            var fn = f as PyFunction ?? throw PyErrors.TypeError($"tf.function expects a Python function, got {Ops.Repr(f)}");
            var parameters = fn.Parameters.PositionalOnly.Concat(fn.Parameters.Regular).Select(x => x.Name).ToList();
            var id = p.Run(PolyFunctions.Define(fn, fn.Name, parameters, signature));
            return new FunctionObject(p, id, fn);
        }
        return func is null or PyNone ? new PyBuiltinFunction("decorated", d => Make(d[0])) : Make(func);
    }

    /// <summary>A Python argument as a trace sees it: tensors, scalars, tuples/lists; anything else by identity.</summary>
    public static object? ToArg(PyObject v) => v switch
    {
        PyNone => null,
        PyBool b => b.IsTrueValue,
        PyInt i when i.Value >= long.MinValue && i.Value <= long.MaxValue => (long)i.Value,
        PyFloat f => f.Value,
        PyStr s => s.Value,
        TensorObject t => t.Tensor,
        PyTuple t => new OutputSequence(false, t.Items.Select(ToArg).ToArray()),
        PyList l => new OutputSequence(true, l.Items.Select(ToArg).ToArray()),
        TensorSpecObject spec => spec.Spec,
        _ => v,
    };

    public static PyObject FromArg(TfProcess p, object? v) => v switch
    {
        null => PyNone.Instance,
        PyObject o => o,
        OutputSequence s when s.IsList => new PyList(s.Items.Select(x => FromArg(p, x))),
        OutputSequence s => new PyTuple(s.Items.Select(x => FromArg(p, x)).ToArray()),
        double d => new PyFloat(d),
        _ => Convert.Wrap(p, v),
    };

    /// <summary>What the Python function returned, as the core takes structured outputs.</summary>
    public static object? ToOutput(PyObject v, PyFunction fn) => v switch
    {
        PyNone => null,
        TensorObject t => t.Tensor,
        VariableObject variable => variable.Variable,
        PyTuple t => new OutputSequence(false, t.Items.Select(x => ToOutput(x, fn)).ToArray()),
        PyList l => new OutputSequence(true, l.Items.Select(x => ToOutput(x, fn)).ToArray()),
        PyBool or PyInt or PyFloat or PyStr => ToArg(v),
        _ => throw PyErrors.TypeError(
            $"To be compatible with tf.function, Python functions must return zero or more Tensors or ExtensionTypes or None values; in compilation of {fn.Repr()}, found return value of type {v.Type.Name}, which is not a Tensor or ExtensionType."),
    };

    /// <summary>Binds a call's arguments to the function's positional parameters, defaults filled in (canonicalize_function_inputs).</summary>
    public static IReadOnlyList<object?> Bind(PyFunction fn, CallArgs a)
    {
        var names = fn.Parameters.PositionalOnly.Concat(fn.Parameters.Regular).Select(x => x.Name).ToList();
        if (a.Count > names.Count)
            throw PyErrors.TypeError($"{fn.Name}() takes {names.Count} positional arguments but {a.Count} were given");
        var values = new object?[names.Count];
        var set = new bool[names.Count];
        for (var i = 0; i < a.Count; i++) (values[i], set[i]) = (ToArg(a[i]), true);
        foreach (var (key, value) in a.Keywords)
        {
            var i = names.IndexOf(key);
            if (i < 0) throw PyErrors.TypeError($"{fn.Name}() got an unexpected keyword argument '{key}'");
            (values[i], set[i]) = (ToArg(value), true);
        }
        for (var i = 0; i < names.Count; i++)
        {
            if (set[i]) continue;
            if (!fn.Defaults.TryGetValue(names[i], out var d)) throw PyErrors.TypeError($"{fn.Name}() missing required argument: '{names[i]}'");
            values[i] = ToArg(d);
        }
        return values;
    }

    /// <summary>
    /// The traced Python function as a core step: the script runs on the world the step is given
    /// and hands back the world it leaves.
    /// </summary>
    public static FunctionBody Body(TfProcess p, PyFunction fn) => args => ScopeFn.Core.Monad.Tf.Of<object?>((w, _) =>
    {
        p.World = w;
        var result = fn.Call(new CallArgs(args.Select(x => FromArg(p, x)).ToList(), []));
        return Result.Ok(p.World, ToOutput(result, fn));
    });

    /// <summary>
    /// Runs a program that may run Python code; when Python raises, the thread's context is put
    /// back as it was (the FuncGraph's <c>as_default</c> exits) and nothing is left tracing.
    /// </summary>
    public static T RunGuarded<T>(TfProcess p, Tf<T> program)
    {
        var before = p.World.Thread(p.Thread);
        try
        {
            return p.Run(program);
        }
        catch (PyException)
        {
            p.World = p.World.WithThread(before) with { Functions = p.World.Functions with { Tracing = ScopeFn.Core.Collections.PersistentMap<ScopeFn.Core.Worlds.GraphId, TraceFrame>.Empty } };
            throw;
        }
    }

    /// <summary>One Python object per concrete function, kept by the run's process (<see cref="TfProcess.Concrete"/>).</summary>
    public static ConcreteFunctionObject Concrete(TfProcess p, int id) => p.Concrete(id);

    public static PyObject Outputs(TfProcess p, object? structured) => structured switch
    {
        null => PyNone.Instance,
        Tensor t => p.Tensor(t),
        OutputSequence s when s.IsList => new PyList(s.Items.Select(x => Outputs(p, x))),
        OutputSequence s => new PyTuple(s.Items.Select(x => Outputs(p, x)).ToArray()),
        _ => Convert.Wrap(p, structured),
    };
}

/// <summary>A <c>tf.function</c> object: callable; <c>get_concrete_function</c>, <c>experimental_get_tracing_count</c>.</summary>
internal sealed class FunctionObject(TfProcess p, int id, PyFunction fn) : PyObject
{
    public override PyType Type => FunctionModule.FunctionType;

    public override PyObject Call(CallArgs args)
    {
        var bound = FunctionModule.Bind(fn, args);
        return FunctionModule.Outputs(p, FunctionModule.RunGuarded(p, PolyFunctions.Call(id, bound, FunctionModule.Body(p, fn))));
    }

    public override PyObject? GetAttribute(string name) => name switch
    {
        "get_concrete_function" => new PyBuiltinFunction("get_concrete_function", a => FunctionModule.Concrete(p,
            FunctionModule.RunGuarded(p, PolyFunctions.GetConcreteFunction(id, FunctionModule.Bind(fn, a), FunctionModule.Body(p, fn))))),
        "experimental_get_tracing_count" => new PyBuiltinFunction("experimental_get_tracing_count", _ => PyInt.Of(p.Run(PolyFunctions.TracingCount(id)))),
        "python_function" => fn,
        "name" => new PyStr(fn.Name),
        "__name__" => new PyStr(fn.Name),
        "input_signature" => p.World.Functions.Function(id).InputSignature is { } sig
            ? new PyTuple(sig.Select(s => (PyObject)new TensorSpecObject((TensorType)s)).ToArray())
            : PyNone.Instance,
        _ => null,
    };

    public override string Repr() => $"<tensorflow.python.eager.polymorphic_function.polymorphic_function.Function object at {PyIds.Hex(this)}>";
}

/// <summary>A concrete function: <c>.graph</c>, <c>.inputs</c>, <c>.outputs</c>, <c>.captured_inputs</c>, <c>.name</c>; callable.</summary>
internal sealed class ConcreteFunctionObject(TfProcess p, int id) : PyObject
{
    private ConcreteFunction C => p.World.Functions.Concrete(id);
    public override PyType Type => FunctionModule.ConcreteType;

    public override PyObject Call(CallArgs args) =>
        FunctionModule.Outputs(p, p.Run(CallOps.Call(id, args.Positional.Select(FunctionModule.ToArg).ToList())));

    public override PyObject? GetAttribute(string name) => name switch
    {
        "graph" => p.Graph(C.Graph),
        "name" => new PyStr(C.Name),
        "inputs" => new PyList(C.Inputs.Concat(C.Captures.Select(c => c.Internal)).Select(t => (PyObject)p.Tensor(t))),
        "outputs" => new PyList(C.Outputs.Select(t => (PyObject)p.Tensor(t))),
        "captured_inputs" => new PyList(C.CapturedInputs.Select(t => (PyObject)p.Tensor(t))),
        "structured_outputs" => FunctionModule.Outputs(p, C.StructuredOutputs),
        _ => null,
    };

    public override string Repr() => $"<ConcreteFunction {C.Name}>";
}

/// <summary><c>tf.TensorSpec(shape, dtype=tf.float32, name=None)</c>.</summary>
internal sealed class TensorSpecObject(TensorType spec) : PyObject
{
    public TensorType Spec => spec;
    public override PyType Type => FunctionModule.TensorSpecType;

    public override PyObject? GetAttribute(string name) => name switch
    {
        "shape" => new ShapeObject(spec.Shape),
        "dtype" => DTypeObject.Of(spec.DType),
        "name" => spec.Name is null ? PyNone.Instance : new PyStr(spec.Name),
        _ => null,
    };

    public override string Repr() => spec.ToString();
}
