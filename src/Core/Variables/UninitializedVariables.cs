using LanguageExt;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Ops;
using ScopeFn.Core.Scopes;
using ScopeFn.Core.Types;
using ScopeFn.Core.Worlds;

namespace ScopeFn.Core.Variables;

/// <summary>
/// variables.py <c>report_uninitialized_variables</c> and <c>assert_variables_initialized</c>
/// (graph mode): which variables a session has not initialized yet, as ops TF builds.
/// </summary>
public static class UninitializedVariables
{
    /// <summary>A variable, or (the old-style fallback) the output of a bare variable op.</summary>
    private sealed record Checked(GraphId Graph, string OpName, Tf<Tensor> IsInitialized, Tf<Tensor> Value);

    /// <summary>
    /// <c>report_uninitialized_variables(var_list=None, name="report_uninitialized_variables")</c>:
    /// the list defaults to global + local variables, else every Variable/VariableV2/AutoReloadVariable
    /// op. Under <c>name/</c>: one is-initialized op per variable, <c>stack</c>, <c>LogicalNot</c>, the
    /// op names as a string <c>Const</c>, and <c>boolean_mask</c> of the names by the negated flags.
    /// No variables at all → an empty string <c>Const</c> in that scope.
    /// </summary>
    public static Tf<Tensor> Report(IReadOnlyList<Variable>? varList = null, string name = "report_uninitialized_variables") =>
        from list in Resolve(varList)
        from r in NameScope.V1(name, null, null, _ => list.Count == 0
            ? Constant.Of(new List<object>(), DType.String)
            : from flags in Tf.Sequence(list.Select(v => v.IsInitialized))
              from stacked in ArrayOps.Stack(flags.Cast<object>().ToList())
              from mask in MaskOps.LogicalNot(stacked)
              from names in Constant.Of(list.Select(v => (object)v.OpName).ToList())
              from masked in MaskOps.BooleanMask(names, mask)
              select masked)
        select r;

    /// <summary>
    /// <c>assert_variables_initialized(var_list=None)</c>: a <c>Rank</c> op per variable (colocated with
    /// it; <c>rank_internal(optimize=False)</c> never folds), stacked when there are several; None when
    /// there are no variables. Running it fails on the first uninitialized variable.
    /// </summary>
    public static Tf<Tensor?> Assert(IReadOnlyList<Variable>? varList = null) =>
        from list in Resolve(varList)
        from ranks in Tf.Sequence(list.Select(RankOf))
        from r in ranks.Count switch
        {
            0 => Tf.Pure<Tensor?>(null),
            1 => Tf.Pure<Tensor?>(ranks[0]),
            _ => ArrayOps.Stack(ranks.Cast<object>().ToList()).Select(t => (Tensor?)t),
        }
        select r;

    /// <summary><c>rank_internal(var, optimize=False)</c> under <c>colocate_with(var.op)</c>: the variable is read inside <c>Rank/</c>.</summary>
    private static Tf<Tensor> RankOf(Checked v) =>
        ClassAttr.Scope(v.Graph, v.OpName, NameScope.V1(null, "Rank", null, scope =>
            from value in v.Value
            from r in OpApply.Apply1("Rank", scope, [value])
            select r));

    private static Tf<IReadOnlyList<Checked>> Resolve(IReadOnlyList<Variable>? varList) =>
        varList is not null
            ? Tf.Pure<IReadOnlyList<Checked>>(varList.Select(Of).ToList())
            : from global in VariableCollections.GlobalVariables()
              from local in VariableCollections.LocalVariables()
              from g in DefaultGraph.Current
              from bare in Tf.Read((w, _) => w.Graph(g).Ops
                  .Where(o => o.Type is "Variable" or "VariableV2" or "AutoReloadVariable")
                  .Select(o => new Checked(g, o.Name, ClassAttr.Scope(g, o.Name, OpApply.Apply1("IsVariableInitialized", null, [o.Output(0)])),
                      Tf.Pure(o.Output(0))))
                  .ToList())
              select global.Count + local.Count > 0
                  ? (IReadOnlyList<Checked>)global.Concat(local).Select(Of).ToList()
                  : bare;

    private static Checked Of(Variable v) => new(v.Graph, v.OpName, TfVariable.IsVariableInitialized(v), TfVariable.AsTensor(v));
}
