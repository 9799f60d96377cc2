using LanguageExt;
using LanguageExt.ClassInstances;
using ScopeFn.Core.Errors;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Scopes;
using ScopeFn.Core.Worlds;

namespace ScopeFn.Core.Ops;

/// <summary>
/// A control_flow_ops.py <c>CondContext</c> as the <c>cond_context</c> collection holds it: the
/// predicate (<c>cond/pred_id:0</c>), the branch pivot (<c>switch_t</c> / <c>switch_f</c>) and the branch.
/// </summary>
public sealed record CondContext(GraphId Graph, Tensor Pred, Tensor Pivot, int Branch);

/// <summary>
/// cond.py <c>cond</c> with control flow v1 (after <c>disable_control_flow_v2()</c> /
/// <c>disable_v2_behavior()</c>; <see cref="Conds"/> chooses), for branches returning one tensor. Inside
/// <c>name_scope(name, "cond")</c>: <c>Switch(pred, pred)</c>, the pivots <c>switch_t</c> /
/// <c>switch_f</c> and <c>pred_id</c>; then each branch in its CondContext, where an op reading a
/// tensor from outside the branch gets it through a Switch (RefSwitch for a ref tensor) named
/// <c>Switch</c> under the op's own name scope, a branch result from outside gets one named
/// <c>Switch</c> in the cond's scope; finally <c>Merge([false, true])</c>. Both contexts join the
/// <c>cond_context</c> collection; the switches, pivots and branch ops are made unfetchable.
/// </summary>
/// <remarks>
/// TF switches an op's external inputs as the op is created (CondContext.AddOp); ScopeFn does it
/// after the branch function returns, op by op in creation order. Names are the same; when a
/// branch creates several ops that read outside values, the switches' op ids come after all of the
/// branch's ops instead of right after each op.
/// </remarks>
public static class CondV1
{
    public static Tf<Tensor> Cond(Tensor pred, Func<Tf<Tensor>> trueFn, Func<Tf<Tensor>> falseFn, string? name = null) =>
        NameScope.V1(name, "cond", [pred], scope =>
            from sw in SwitchOf(pred, pred, "Switch")
            from pivotT in ArrayOps.Identity(sw.Output(1), "switch_t")
            from pivotF in ArrayOps.Identity(sw.Output(0), "switch_f")
            from predId in ArrayOps.Identity(pred, "pred_id")
            from _ in PreventFetching(pred.Graph, [sw.Id, pivotT.OpId, pivotF.OpId, predId.OpId])
            from t in Branch(new CondContext(pred.Graph, predId, pivotT, 1), trueFn)
            from f in Branch(new CondContext(pred.Graph, predId, pivotF, 0), falseFn)
            from merge in OpApply.Apply("Merge", "Merge", [new List<object> { f.Result, t.Result }])
            from __ in CollectionOps.Add(GraphKeys.CondContext, t.Context)
            from ___ in CollectionOps.Add(GraphKeys.CondContext, f.Context)
            select merge.Output(0));

    private sealed record Built(CondContext Context, Tensor Result);

    /// <summary>CondContext.BuildCondBranch plus the AddOp / AddValue work for every op the branch made.</summary>
    private static Tf<Built> Branch(CondContext context, Func<Tf<Tensor>> fn) =>
        from first in Tf.Read((w, _) => w.Graph(context.Graph).LastId + 1)
        from result in fn()
        from last in Tf.Read((w, _) => w.Graph(context.Graph).LastId)
        from switched in ProcessOps(context, first, last)
        from real in InContext(result, first, last, context)
            ? Tf.Pure(result)
            : switched.Find(Key(result)).Match(
                Some: Tf.Pure,
                None: () => SwitchOf(result, context.Pred, "Switch").SelectMany(s =>
                    PreventFetching(context.Graph, [s.Id]).Select(_ => s.Output(context.Branch))))
        select new Built(context, real);

    private static (int, int) Key(Tensor t) => (t.OpId, t.Index);

    private static bool InContext(Tensor t, int first, int last, CondContext c) =>
        (t.OpId >= first && t.OpId <= last) || t == c.Pred || t == c.Pivot;

    /// <summary>_AddOpInternal for ops first..last: inputs from outside go through one Switch each; input-less ops wait on the pivot.</summary>
    private static Tf<Map<(int, int), Tensor>> ProcessOps(CondContext c, int first, int last)
    {
        var program = Tf.Pure(Map<(int, int), Tensor>.Empty);
        for (var id = first; id <= last; id++)
        {
            var opId = id;
            program = program.SelectMany(external => ProcessOp(c, opId, first, last, external));
        }
        return program;
    }

    private static Tf<Map<(int, int), Tensor>> ProcessOp(CondContext c, int opId, int first, int last, Map<(int, int), Tensor> external) =>
        from op in Tf.Read((w, _) => w.Graph(c.Graph).Op(opId))
        from result in op.Inputs.Count == 0
            ? AddPivotControl(c, op, first, last).Select(_ => external)
            : SwitchInputs(c, op, first, last, external)
        from _ in PreventFetching(c.Graph, [opId])
        select result;

    private static Tf<Unit> AddPivotControl(CondContext c, Operation op, int first, int last) =>
        op.ControlInputIds.Any(id => id >= first && id <= last)
            ? Tf.Done
            : UpdateOp(c.Graph, op.Id, o => o with { ControlInputIds = o.ControlInputIds.Append(c.Pivot.OpId) });

    private static Tf<Map<(int, int), Tensor>> SwitchInputs(CondContext c, Operation op, int first, int last, Map<(int, int), Tensor> external)
    {
        var program = Tf.Pure(external);
        for (var i = 0; i < op.Inputs.Count; i++)
        {
            var index = i;
            var x = op.Inputs[i];
            if (InContext(x, first, last, c)) continue;
            program = program.SelectMany(ext => ext.Find(Key(x)).Match(
                Some: real => UpdateInput(c.Graph, op.Id, index, real).Select(_ => ext),
                None: () =>
                    // AddValue runs under control_dependencies(None), in the name scope the op was created in.
                    from sw in NameScope.InGraph(c.Graph, op.Name + "/", _ => ControlDependencies.With(null, SwitchOf(x, c.Pred, "Switch")))
                    from __ in PreventFetching(c.Graph, [sw.Id])
                    let real = sw.Output(c.Branch)
                    from ___ in UpdateInput(c.Graph, op.Id, index, real)
                    select ext.AddOrUpdate(Key(x), real)));
        }
        return program;
    }

    /// <summary>
    /// <c>_SwitchRefOrTensor</c>: RefSwitch for a ref tensor, else Switch, colocated with the data
    /// (<c>colocate_with(data, ignore_existing=True)</c>) — except cond's first <c>switch(pred, pred)</c>, which is not.
    /// </summary>
    private static Tf<Operation> SwitchOf(Tensor data, Tensor pred, string name) =>
        from g in Tf.Read((w, _) => w.Graph(data.Graph))
        let type = RefTensors.IsRef(g, data) ? "RefSwitch" : "Switch"
        let attrs = data == pred ? null : (Map<OrdString, string, AttrValue>?)Attrs.Of(("_class", ColocationGroups(g.Op(data.OpId))))
        from op in OpApply.Apply(type, name, [data, pred], attrs)
        select op;

    /// <summary><c>Operation.colocation_groups()</c> as an attr: the op's <c>_class</c>, else <c>loc:@name</c>.</summary>
    public static AttrValue ColocationGroups(Operation op) =>
        op.Attr("_class") ?? new AttrValue.ListValue(Seq<AttrValue>.Empty.Add(AttrValue.Of("loc:@" + op.Name)));

    /// <summary><c>Graph.prevent_fetching(op)</c>.</summary>
    public static Tf<Unit> PreventFetching(GraphId graph, IEnumerable<int> opIds) =>
        Tf.Of(w => Result.Ok(w.WithGraph(w.Graph(graph) is var g ? g with { Unfetchable = g.Unfetchable.Union(opIds) } : null!)));

    /// <summary><c>op._update_input(index, tensor)</c>.</summary>
    private static Tf<Unit> UpdateInput(GraphId graph, int opId, int index, Tensor tensor) =>
        UpdateOp(graph, opId, o => o with { Inputs = o.Inputs.SetItem(index, tensor) });

    private static Tf<Unit> UpdateOp(GraphId graph, int opId, Func<Operation, Operation> change) =>
        Tf.Of(w =>
        {
            var g = w.Graph(graph);
            var changed = change(g.Op(opId));
            return Result.Ok(w.WithGraph(g with { Ops = g.Ops.Take(opId - 1).Add(changed).Concat(g.Ops.Skip(opId)) }));
        });
}
