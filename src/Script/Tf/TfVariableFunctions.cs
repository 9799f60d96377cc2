using ScopeFn.Core.Ops;
using ScopeFn.Core.Variables;
using ScopeFn.Script.Runtime;

namespace ScopeFn.Script.Tf;

/// <summary>
/// The variables.py module functions of <c>tf.compat.v1</c> beyond creation: initialization checks
/// and reports, initializer groups and collection readers; plus <c>boolean_mask</c> and
/// <c>logical_not</c>, which the report is built from.
/// </summary>
internal static class TfVariableFunctions
{
    /// <summary>Functions <c>tf</c> and <c>tf.compat.v1</c> share.</summary>
    public static PyModule AddCommonFunctions(this PyModule m, TfProcess p) => m
        .Set("boolean_mask", Fn("boolean_mask", a => p.Tensor(p.Build(MaskOps.BooleanMask(
            Convert.ToInput(a.Arg(0, "tensor")!), Convert.ToInput(a.Arg(1, "mask")!),
            Convert.OptionalString(a.Keyword("name")) ?? "boolean_mask"), "tf.boolean_mask"))))
        .Set("logical_not", Fn("logical_not", a => p.Tensor(p.Build(MaskOps.LogicalNot(
            Convert.ToInput(a.Arg(0, "x")!), Convert.OptionalString(a.Keyword("name"))), "tf.logical_not"))));

    /// <summary>Functions only <c>tf.compat.v1</c> exports (TF 2.x's <c>tf</c> has none of them).</summary>
    public static PyModule AddV1Functions(this PyModule m, TfProcess p) => m
        .Set("report_uninitialized_variables", Fn("report_uninitialized_variables", a => p.Tensor(p.Build(
            UninitializedVariables.Report(VarList(a.Arg(0, "var_list")), Convert.OptionalString(a.Arg(1, "name")) ?? "report_uninitialized_variables"),
            "tf.report_uninitialized_variables"))))
        .Set("assert_variables_initialized", Fn("assert_variables_initialized", a =>
            p.Build(UninitializedVariables.Assert(VarList(a.Arg(0, "var_list"))), "tf.assert_variables_initialized") is { } t
                ? p.Tensor(t)
                : PyNone.Instance))
        .Set("is_variable_initialized", Fn("is_variable_initialized", a => p.Tensor(p.Build(
            TfVariable.IsVariableInitialized(VariableOf(a.Arg(0, "variable"))), "tf.is_variable_initialized"))))
        .Set("variables_initializer", Fn("variables_initializer", a => p.OpResult(p.Build(
            VariableCollections.VariablesInitializer(VarList(a.Arg(0, "var_list")) ?? [], Convert.OptionalString(a.Arg(1, "name")) ?? "init"),
            "tf.variables_initializer"))))
        .Set("assign", Fn("assign", a => Assign(p, a)))
        .Set("assign_add", Fn("assign_add", a => DenseUpdate(p, a, "assign_add")))
        .Set("assign_sub", Fn("assign_sub", a => DenseUpdate(p, a, "assign_sub")))
        .Set("local_variables_initializer", Fn("local_variables_initializer", _ => p.OpResult(p.Build(
            VariableCollections.LocalVariablesInitializer(), "tf.local_variables_initializer"))))
        .Set("local_variables", Fn("local_variables", a => new PyList(p.Run(VariableCollections.LocalVariables(
            Convert.OptionalString(a.Arg(0, "scope")))).Map(v => (PyObject)p.Variable(v)))));


    /// <summary>
    /// state_ops.py <c>assign(ref, value, validate_shape=None, use_locking=None, name=None)</c>: the
    /// <c>Assign</c> op for a ref variable; a resource variable's own <c>assign</c> otherwise.
    /// </summary>
    private static PyObject Assign(TfProcess p, CallArgs a)
    {
        var reference = a.Arg(0, "ref") ?? throw PyErrors.TypeError("assign() missing 1 required positional argument: 'ref'");
        var value = a.Arg(1, "value") ?? throw PyErrors.TypeError("assign() missing 1 required positional argument: 'value'");
        var v = VariableOf(reference);
        var name = Convert.OptionalString(a.Arg(4, "name"));
        if (v.Kind != VariableKind.Ref)
        {
            return reference.GetAttribute("assign")!.Call(new CallArgs([value], name is null ? [] : [new("name", new PyStr(name))]));
        }
        return p.Tensor(p.Build(StateOps.Assign(v, Convert.ToInput(value), OptionalBool(a.Arg(2, "validate_shape")),
            OptionalBool(a.Arg(3, "use_locking")), name), "tf.compat.v1.assign"));
    }

    /// <summary>
    /// state_ops.py <c>assign_add(ref, value, use_locking=None, name=None)</c> / <c>assign_sub</c>:
    /// gen_state_ops' op for a ref variable; otherwise <c>ref.assign_add(value)</c>, which drops the name.
    /// </summary>
    private static PyObject DenseUpdate(TfProcess p, CallArgs a, string method)
    {
        var reference = a.Arg(0, "ref") ?? throw PyErrors.TypeError($"{method}() missing 1 required positional argument: 'ref'");
        var value = a.Arg(1, "value") ?? throw PyErrors.TypeError($"{method}() missing 1 required positional argument: 'value'");
        var v = VariableOf(reference);
        if (v.Kind != VariableKind.Ref) return reference.GetAttribute(method)!.Call(CallArgs.Of(value));
        var useLocking = OptionalBool(a.Arg(2, "use_locking"));
        var name = Convert.OptionalString(a.Arg(3, "name"));
        return p.Tensor(p.Build(method == "assign_add"
            ? StateOps.AssignAdd(v, Convert.ToInput(value), useLocking, name)
            : StateOps.AssignSub(v, Convert.ToInput(value), useLocking, name), "tf.compat.v1." + method));
    }

    private static bool? OptionalBool(PyObject? value) => value is null or PyNone ? null : value.IsTrue();

    private static Variable VariableOf(PyObject? value) =>
        value as VariableObject is { } v ? v.Variable : throw PyErrors.TypeError($"Expected a Variable, got {(value is null ? "None" : Ops.Repr(value))}");

    private static IReadOnlyList<Variable>? VarList(PyObject? value) => value is null or PyNone
        ? null
        : (value.Iterate() ?? throw PyErrors.TypeError("var_list must be a list of variables")).Drain().Select(VariableOf).ToList();

    private static PyBuiltinFunction Fn(string name, Func<CallArgs, PyObject> body) => new(name, body);
}
