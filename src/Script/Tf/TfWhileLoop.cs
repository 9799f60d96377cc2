using ScopeFn.Core.Contexts;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Scopes;
using ScopeFn.Script.Runtime;

namespace ScopeFn.Script.Tf;

/// <summary>
/// while_loop.py <c>while_loop</c> (<c>tf.compat.v1.while_loop</c>) and <c>while_loop_v2</c>
/// (<c>tf.while_loop</c>, which passes <c>return_same_structure=True</c>). While executing eagerly
/// the loop runs in Python inside <c>name_scope(name, "while")</c>: the body's result replaces
/// the loop variables (a single value is wrapped in the loop variables' sequence type), its
/// nesting must stay that of the start, and the leaves come back converted to tensors. Graphs
/// build while_v2's <c>While</c> op or a v1 WhileContext, which ScopeFn does not model yet.
/// </summary>
internal static class TfWhileLoop
{
    public static PyModule AddWhileLoop(this PyModule m, TfProcess p, bool v2Api) =>
        m.Set("while_loop", new PyBuiltinFunction("while_loop", a => WhileLoop(p, a, v2Api)));

    private static PyObject WhileLoop(TfProcess p, CallArgs a, bool v2Api)
    {
        var cond = a.Arg(0, "cond") ?? throw PyErrors.TypeError("while_loop() missing 1 required positional argument: 'cond'");
        var body = a.Arg(1, "body") ?? throw PyErrors.TypeError("while_loop() missing 1 required positional argument: 'body'");
        var loopVars = a.Arg(2, "loop_vars") ?? throw PyErrors.TypeError("while_loop() missing 1 required positional argument: 'loop_vars'");
        // v1: (…, swap_memory, name, maximum_iterations, return_same_structure); v2: (…, swap_memory, maximum_iterations, name).
        var maximumIterations = Optional(v2Api ? a.Arg(7, "maximum_iterations") : a.Arg(8, "maximum_iterations"));
        var name = Convert.OptionalString(v2Api ? a.Arg(8, "name") : a.Arg(7, "name"));
        var returnSameStructure = v2Api || (Optional(a.Arg(9, "return_same_structure")) is { } r && r.IsTrue());
        var parallelIterations = Optional(a.Arg(4, "parallel_iterations"));
        if (!Builtins.IsCallable(cond)) throw PyErrors.TypeError("'cond' must be callable.");
        if (!Builtins.IsCallable(body)) throw PyErrors.TypeError("'body' must be callable.");
        if (parallelIterations is PyInt n && n.Value < 1) throw PyErrors.TypeError("'parallel_iterations' must be a positive integer.");
        if (!p.Run(EagerMode.ExecutingEagerly))
            throw PyErrors.New(PyExceptionTypes.NotImplementedError, "ScopeFn does not model tf.while_loop in graphs (while_v2's While op, v1's WhileContext) yet");
        if (loopVars is not (PyList or PyTuple))
            throw PyErrors.New(PyExceptionTypes.NotImplementedError, "ScopeFn models tf.while_loop with a list or tuple of loop variables only");
        return FunctionModule.RunGuarded(p, NameScope.V1(name, "while", null, _ => ScopeFn.Core.Monad.Tf.Of<PyObject>((w, _) =>
        {
            p.World = w;
            var result = Eager(p, cond, body, ReadVariables(p, loopVars), maximumIterations, returnSameStructure);
            return Result.Ok(p.World, result);
        })));
    }

    private static PyObject Eager(TfProcess p, PyObject cond, PyObject body, PyObject loopVars, PyObject? maximumIterations, bool returnSameStructure)
    {
        var items = Items(loopVars);
        if (items.Count == 0) throw PyErrors.ValueError("'loop_vars' must be provided.");
        var tryToPack = items.Count == 1 && !returnSameStructure;
        Func<IReadOnlyList<PyObject>, PyObject> test = vars => cond.Call(CallArgs.Of([.. vars]));
        Func<IReadOnlyList<PyObject>, PyObject> step = vars => body.Call(CallArgs.Of([.. vars]));
        if (maximumIterations is not null)
        {
            var limit = p.Tensor(p.Run(ScopeFn.Core.Ops.Convert.ToTensor(Convert.ToInput(maximumIterations), name: "maximum_iterations")));
            if (limit.Tensor.Shape.Rank != 0)
                throw PyErrors.ValueError($"'maximum_iterations' must be a scalar. Received shape: {limit.Tensor.Shape}");
            // int(maximum_iterations.numpy())
            var max = System.Convert.ToInt64(EagerTensors.Array(p, limit.Tensor).GetBoxed(0), System.Globalization.CultureInfo.InvariantCulture);
            var (innerTest, innerStep, pack) = (test, step, tryToPack);
            // logical_and(i < maximum_iterations, cond(...)): both sides are evaluated.
            test = vars =>
            {
                var inner = innerTest(pack ? [vars[1]] : Items(vars[1]));
                return PyBool.Of(inner.IsTrue() && ((PyInt)vars[0]).Value < max);
            };
            step = vars => new PyTuple([PyInt.Of(((PyInt)vars[0]).Value + 1), innerStep(pack ? [vars[1]] : Items(vars[1]))]);
            loopVars = new PyTuple([PyInt.Of(0), pack ? items[0] : loopVars]);
            items = Items(loopVars);
            tryToPack = false;
        }
        var packed = false;
        var sequenceIsTuple = loopVars is PyTuple;
        var structure = new PyList(items);
        while (test(items).IsTrue())
        {
            var next = step(items);
            if (next is not (PyList or PyTuple))
            {
                if (tryToPack) packed = true;
                next = sequenceIsTuple ? new PyTuple([next]) : new PyList([next]);
            }
            AssertSameStructure(structure, new PyList(Items(next)));
            loopVars = next;
            items = Items(next);
        }
        var converted = ConvertLeaves(p, loopVars);
        if (maximumIterations is not null) return Items(converted)[1];
        return packed ? Items(converted)[0] : converted;
    }

    private static IReadOnlyList<PyObject> Items(PyObject sequence) => sequence switch
    {
        PyList l => l.Items,
        PyTuple t => t.Items,
        _ => [sequence],
    };

    private static PyObject? Optional(PyObject? value) => value is PyNone ? null : value;

    /// <summary>variable_utils.convert_variables_to_tensors: each variable in the structure becomes its value.</summary>
    private static PyObject ReadVariables(TfProcess p, PyObject value) => value switch
    {
        PyList l => new PyList(l.Items.Select(x => ReadVariables(p, x))),
        PyTuple t => new PyTuple(t.Items.Select(x => ReadVariables(p, x)).ToArray()),
        VariableObject v => p.Tensor(v.Current),
        _ => value,
    };

    /// <summary>The loop's result: <c>ops.convert_to_tensor</c> of every leaf.</summary>
    private static PyObject ConvertLeaves(TfProcess p, PyObject value) => value switch
    {
        PyList l => new PyList(l.Items.Select(x => ConvertLeaves(p, x))),
        PyTuple t => new PyTuple(t.Items.Select(x => ConvertLeaves(p, x)).ToArray()),
        TensorObject => value,
        _ => p.Tensor(p.Run(ScopeFn.Core.Ops.Convert.ToTensor(Convert.ToInput(value)))),
    };

    /// <summary>nest.assert_same_structure: lists and tuples nest, everything else is a leaf.</summary>
    private static void AssertSameStructure(PyObject first, PyObject second)
    {
        if (!SameStructure(first, second))
            throw PyErrors.ValueError("The two structures don't have the same nested structure.\n\n" +
                $"First structure: type={first.Type.Name} str={first.Str()}\n\nSecond structure: type={second.Type.Name} str={second.Str()}");
    }

    private static bool SameStructure(PyObject a, PyObject b) => (a, b) switch
    {
        (PyList x, PyList y) => x.Items.Count == y.Items.Count && x.Items.Zip(y.Items).All(z => SameStructure(z.Item1, z.Item2)),
        (PyTuple x, PyTuple y) => x.Items.Length == y.Items.Length && x.Items.Zip(y.Items).All(z => SameStructure(z.Item1, z.Item2)),
        (PyList or PyTuple, _) or (_, PyList or PyTuple) => false,
        _ => true,
    };
}
