using LanguageExt;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Ops;
using ScopeFn.Core.Scopes;

namespace ScopeFn.Core.Variables;

/// <summary>
/// The <c>tf.Variable</c> constructors in graph mode and what reads them: variables.py
/// <c>VariableV1</c> through variable_scope.py <c>default_variable_creator</c>, TF 2.x
/// <c>tf.Variable</c>, conversions to tensors, and the process-wide resource default.
/// </summary>
public static class TfVariable
{
    /// <summary>
    /// <c>tf.compat.v1.Variable(…)</c>: use_resource None → the current VariableScope's → the
    /// process default (True with TF 2.x behaviour); True builds a ResourceVariable, else a RefVariable.
    /// Naming goes through name scopes only; variable-scope reuse plays no part.
    /// </summary>
    public static Tf<Variable> V1(VariableArgs args) => Functions.VariableCreators.Guard(
        from scope in VariableScopes.Current
        from byDefault in Tf.Read((w, _) => w.Variables.DefaultUseResource)
        from v in args.UseResource ?? scope.UseResource ?? byDefault ? ResourceVariables.Create(args) : RefVariables.Create(args)
        select v,
        // tf.function's creator makes a resource variable whatever use_resource says.
        ResourceVariables.Create(args));

    /// <summary><c>tf.compat.v1.Variable(initial_value, name=name)</c>.</summary>
    public static Tf<Variable> V1(object initialValue, string? name = null) => V1(new VariableArgs(initialValue) { Name = name });

    /// <summary><c>tf.Variable(…)</c> (TF 2.x class): always a ResourceVariable.</summary>
    public static Tf<Variable> V2(VariableArgs args) => Functions.VariableCreators.Guard(ResourceVariables.Create(args));

    /// <summary><c>tf.compat.v1.disable_resource_variables()</c> (also part of <c>disable_v2_behavior()</c>).</summary>
    public static Tf<Unit> DisableResourceVariables { get; } = SetDefaultUseResource(false);

    /// <summary><c>tf.compat.v1.enable_resource_variables()</c>.</summary>
    public static Tf<Unit> EnableResourceVariables { get; } = SetDefaultUseResource(true);

    private static Tf<Unit> SetDefaultUseResource(bool value) =>
        Tf.Of(w => Result.Ok(w with { Variables = w.Variables with { DefaultUseResource = value } }));

    /// <summary>
    /// <c>convert_to_tensor(v)</c> / <c>v.value()</c>: a ref variable's snapshot <c>v/read</c>; a
    /// resource variable reads again, a <c>ReadVariableOp</c> in the current name scope.
    /// </summary>
    public static Tf<Tensor> AsTensor(Variable v) =>
        v.Kind == VariableKind.Ref
            ? Tf.Pure(v.Value)
            : v.UnreadParent is { } parent
                // _UnreadVariable._read_variable_op: each read waits for the update it came from.
                ? ControlDependencies.With([parent], Read(v))
                : Read(v);

    private static Tf<Tensor> Read(Variable v) =>
        OpApply.Apply1("ReadVariableOp", null, [v.Handle], Attrs.Of(("dtype", AttrValue.Of(v.DType))));

    /// <summary><c>v.read_value()</c>: Identity <c>read</c> (ref), or <c>Read/ReadVariableOp</c> + <c>Identity</c> (resource).</summary>
    public static Tf<Tensor> ReadValue(Variable v) =>
        v.Kind == VariableKind.Ref
            ? ArrayOps.Identity(v.Handle, "read")
            : from value in NameScope.V1("Read", null, null, _ => AsTensor(v))
              from r in ArrayOps.Identity(value)
              select r;

    /// <summary>
    /// <c>tf.compat.v1.is_variable_initialized(v)</c> (state_ops.is_variable_initialized): an
    /// IsVariableInitialized op on a ref variable (colocated with it, as ref inputs are), else the
    /// resource variable's <c>VarIsInitializedOp</c>; both in the current name scope.
    /// </summary>
    public static Tf<Tensor> IsVariableInitialized(Variable v) =>
        v.Kind == VariableKind.Ref
            ? ClassAttr.Scope(v.Graph, v.OpName, OpApply.Apply1("IsVariableInitialized", null, [v.Handle]))
            : OpApply.Apply1("VarIsInitializedOp", null, [v.Handle]);
}
