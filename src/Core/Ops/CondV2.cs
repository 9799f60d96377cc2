using LanguageExt;
using ScopeFn.Core.Contexts;
using ScopeFn.Core.Errors;
using ScopeFn.Core.Functions;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Scopes;
using ScopeFn.Core.Types;
using ScopeFn.Core.Worlds;

namespace ScopeFn.Core.Ops;

/// <summary>
/// cond_v2.py <c>cond_v2</c>: a cond as one functional op. Inside <c>name_scope(name or "cond")</c>
/// each branch is traced into its own FuncGraph named by control_flow_util_v2's
/// <c>unique_fn_name(scope, "true"/"false")</c> (<c>cond_true_N</c>, N from <c>ops.uid()</c>); outer
/// tensors a branch reads become captures. The branches' captured tensors, merged in order
/// (<c>_make_inputs_match</c>, a branch lacking one gets a dummy <c>Placeholder</c>), are the op's
/// inputs after the predicate. The op is <c>If</c> when either branch holds a stateful op, else
/// <c>StatelessIf</c>, named the scope itself (<c>cond</c>), with <c>Tcond</c>, <c>Tin</c>,
/// <c>Tout</c>, <c>then_branch</c> / <c>else_branch</c>, <c>output_shapes</c> (each output's most
/// specific shape compatible with both branches), <c>_lower_using_switch_merge</c> and
/// <c>_read_only_resource_inputs</c>; it is unfetchable, and each output is read through an
/// <c>Identity</c> in the scope (<c>cond/Identity</c>, <c>cond/Identity_1</c>) packed in the true
/// branch's structure. The branch functions join the library as concrete functions.
/// </summary>
/// <remarks>
/// Not modelled: control captures (a branch op depending on an outer op), TF's collection sharing
/// of CondBranchFuncGraph beyond the variable collections, intermediate outputs for gradients
/// (TF adds none outside Keras layers: <c>output_all_intermediates()</c> is False), handle data
/// and the higher-order tape wrapper (<c>run_as_function_for_tape_gradients</c>).
/// </remarks>
public static class CondV2
{
    /// <summary>One traced branch: its graph, function name, structured and flat outputs and the outer tensors it captured.</summary>
    private sealed record BranchGraph(GraphId Graph, string Name, object? Structured, IReadOnlyList<Tensor> Outputs, IReadOnlyList<Tensor> ExternalCaptures);

    public static Tf<object?> Cond(object pred, Func<Tf<object?>> trueFn, Func<Tf<object?>> falseFn, string? name = null) =>
        pred is bool b
            ? Tf.Fail<object?>(new TypeError($"('pred must not be a Python bool', {(b ? "True" : "False")})"))
            : NameScope.V1(string.IsNullOrEmpty(name) ? "cond" : name, null, null, scope =>
                from trueName in UniqueFnName(scope, "true")
                from falseName in UniqueFnName(scope, "false")
                from addDeps in AddsControlDependencies
                from converted in Convert.ToTensor(pred)
                // A predicate of unknown or nonzero rank is squeezed (array_ops.squeeze_v2: Squeeze, squeeze_dims []).
                from p in converted.Shape.Rank == 0 ? Tf.Pure(converted) : MaskOps.Squeeze(converted, [])
                from t in Branch(trueName, trueFn, addDeps)
                from f in Branch(falseName, falseFn, addDeps)
                from __ in VerifyCaptures(t, f)
                from ___ in CheckSameOutputs(t, f)
                from result in Build(p, t, f, scope)
                select result);

    /// <summary>control_flow_util_v2.py <c>unique_fn_name</c>: scope + name + "_" + <c>ops.uid()</c>, every '/' made '_'.</summary>
    private static Tf<string> UniqueFnName(string scope, string name) => Tf.Of<string>(w =>
    {
        var (next, uid) = Uids.Next(w);
        return Result.Ok(next, $"{scope}{name}_{uid}".Replace('/', '_'));
    });

    /// <summary>
    /// <c>ops.get_default_graph()._add_control_dependencies</c>: true in a tf.function's FuncGraph
    /// (automatic control dependencies), false in a plain graph; a cond branch inherits its outer graph's.
    /// </summary>
    private static Tf<bool> AddsControlDependencies { get; } =
        from g in DefaultGraph.Current
        from flag in Tf.Read((w, _) => w.Graph(g).BuildingFunction && (w.Functions.FuncGraph(g)?.AddControlDependencies ?? true))
        select flag;

    /// <summary>func_graph.py <c>func_graph_from_py_func(name, fn, [], {}, func_graph=CondBranchFuncGraph(name))</c>.</summary>
    private static Tf<BranchGraph> Branch(string name, Func<Tf<object?>> fn, bool addDeps) =>
        from outer in DefaultGraph.Current
        from eagerOutside in EagerMode.ExecutingEagerlyOutsideFunctions
        from g in FuncGraphs.Named(name)
        from _ in Tf.Of<Unit>((w, t) =>
        {
            w = w with { Functions = w.Functions.With(g, w.Functions.FuncGraph(g)! with { AddControlDependencies = addDeps }) };
            // control_flow_v2_func_graphs.py ControlFlowFuncGraph: with eager execution outside
            // functions, the branch graph's name stack starts at the outer graph's name scope.
            if (eagerOutside) w = w.WithGraphThread(g, t, w.GraphThread(g, t) with { NameStack = w.GraphThread(outer, t).NameStack });
            return Result.Ok(w, Unit.Default);
        })
        from built in DefaultGraph.AsDefault(g,
            from raw in fn()
            from structured in ReturnValues.Convert(raw, v => addDeps ? ArrayOps.Identity(v) : Tf.Pure(v))
            from flat in Tf.Sequence(Flatten(structured).Select(x => CaptureIn(g, x)))
            select (structured, flat))
        from info in Tf.Read((w, _) => w.Functions.FuncGraph(g)!)
        select new BranchGraph(g, name, built.structured, built.flat, info.Captures.Select(c => c.External).ToList());

    private static IEnumerable<Tensor> Flatten(object? structured) => structured switch
    {
        Tensor t => [t],
        OutputSequence s => s.Items.SelectMany(Flatten),
        _ => [],
    };

    /// <summary>"Returning a closed-over tensor does not trigger convert_to_tensor": <c>func_graph.capture(x)</c>.</summary>
    private static Tf<Tensor> CaptureIn(GraphId g, Tensor x) => Tf.Of<Tensor>((w, t) => Captures.Capture(w, t, g, x, null));

    /// <summary>cond_v2.py <c>verify_captures</c>: a branch may not read a tensor of the other branch.</summary>
    private static Tf<Unit> VerifyCaptures(BranchGraph t, BranchGraph f)
    {
        var branches = new[] { (t, "true_fn"), (f, "false_fn") };
        foreach (var (branch, reader) in branches)
            foreach (var x in branch.ExternalCaptures)
                foreach (var (other, owner) in branches)
                    if (x.Graph == other.Graph)
                        return Tf.Fail<Unit>(new ValueError($"Tensor {x.Name} in {owner} is accessed from {reader}."));
        return Tf.Done;
    }

    /// <summary>
    /// cond_v2.py <c>_check_same_outputs</c>: the branches return the same structure (TF compares
    /// with <c>nest.assert_same_structure</c>) and outputs of the same dtypes.
    /// </summary>
    private static Tf<Unit> CheckSameOutputs(BranchGraph t, BranchGraph f)
    {
        if (!SameStructure(t.Structured, f.Structured))
            return Tf.Fail<Unit>(new TypeError(Header(t, f) + "The two structures don't have the same nested structure."));
        for (var i = 0; i < t.Outputs.Count && i < f.Outputs.Count; i++)
            if (t.Outputs[i].DType != f.Outputs[i].DType)
                return Tf.Fail<Unit>(new TypeError(Header(t, f) + $"{Str(t.Outputs[i])} and {Str(f.Outputs[i])} have different types"));
        return Tf.Done;
    }

    private static string Header(BranchGraph t, BranchGraph f) =>
        "true_fn and false_fn arguments to tf.cond must have the same number, type, and overall structure of return values.\n\n" +
        $"true_fn output: {StructureText(t.Structured)}\nfalse_fn output: {StructureText(f.Structured)}\n\nError details:\n";

    private static bool SameStructure(object? a, object? b) => (a, b) switch
    {
        (OutputSequence x, OutputSequence y) => x.IsList == y.IsList && x.Items.Count == y.Items.Count
            && x.Items.Zip(y.Items, SameStructure).All(same => same),
        (OutputSequence, _) or (_, OutputSequence) => false,
        _ => true,
    };

    // str(Tensor) and str of tuples / lists of tensors (whose items print by repr).
    private static string Str(Tensor t) => $"Tensor(\"{t.Name}\", shape={t.Shape}, dtype={t.DType.Name})";

    private static string Repr(object? x) => x switch
    {
        null => "None",
        Tensor t => $"<tf.Tensor '{t.Name}' shape={t.Shape} dtype={t.DType.Name}>",
        OutputSequence s => StructureText(s),
        _ => x.ToString() ?? "",
    };

    private static string StructureText(object? x) => x switch
    {
        Tensor t => Str(t),
        OutputSequence { IsList: true } s => "[" + string.Join(", ", s.Items.Select(Repr)) + "]",
        OutputSequence s => "(" + string.Join(", ", s.Items.Select(Repr)) + (s.Items.Count == 1 ? ",)" : ")"),
        _ => Repr(x),
    };

    /// <summary>cond_v2.py <c>_build_cond</c> for a forward cond.</summary>
    private static Tf<object?> Build(Tensor pred, BranchGraph t, BranchGraph f, string scope) =>
        from inputs in MakeInputsMatch(t, f)
        from stateful in Tf.Read((w, _) => IsStateful(w, t.Graph) || IsStateful(w, f.Graph))
        from readOnly in Tf.Read((w, _) => ReadOnlyResourceInputs(w, [(t.Graph, inputs.True), (f.Graph, inputs.False)], inputs.Outer.Count))
        from op in OpApply.Apply(stateful ? "If" : "StatelessIf", scope, [pred, inputs.Outer.Cast<object>().ToList()], Attrs.Of(
            ("Tin", new AttrValue.ListValue(inputs.Outer.Select(x => AttrValue.Of(x.DType)).ToSeq())),
            ("Tout", new AttrValue.ListValue(t.Outputs.Select(x => AttrValue.Of(x.DType)).ToSeq())),
            ("then_branch", new AttrValue.FuncValue(t.Name)),
            ("else_branch", new AttrValue.FuncValue(f.Name)),
            ("output_shapes", new AttrValue.ListValue(t.Outputs.Zip(f.Outputs, (a, b) => AttrValue.Of(MostSpecificCompatible(a.Shape, b.Shape))).ToSeq())),
            ("_lower_using_switch_merge", AttrValue.Of(true)),
            ("_read_only_resource_inputs", new AttrValue.ListValue(readOnly.Select(i => AttrValue.Of((long)i)).ToSeq()))))
        from _ in Register(t, inputs.True)
        from __ in Register(f, inputs.False)
        from ___ in CondV1.PreventFetching(op.Graph, [op.Id])
        from outputs in Tf.Sequence(op.Outputs.Select(o => ArrayOps.Identity(o)))
        select Pack(t.Structured, new Queue<Tensor>(outputs));

    private sealed record MatchedInputs(IReadOnlyList<Tensor> Outer, IReadOnlyList<Tensor> True, IReadOnlyList<Tensor> False);

    /// <summary>
    /// cond_v2.py <c>_make_inputs_match</c>: the union of both branches' captured tensors, in order;
    /// each branch's inputs are its placeholders for them, a dummy <c>placeholder(dtype, shape)</c>
    /// made in the branch graph for one it did not capture; the captures are reset to match.
    /// </summary>
    private static Tf<MatchedInputs> MakeInputsMatch(BranchGraph t, BranchGraph f) => Tf.Of<MatchedInputs>((w, th) =>
    {
        var outer = t.ExternalCaptures.Concat(f.ExternalCaptures).Distinct().ToList();
        var lists = new List<IReadOnlyList<Tensor>>();
        foreach (var branch in new[] { t, f })
        {
            var info = w.Functions.FuncGraph(branch.Graph)!;
            var inputs = new List<Tensor>();
            foreach (var x in outer)
            {
                if (info.Internal(x) is { } placeholder) { inputs.Add(placeholder); continue; }
                var dummy = Captures.Placeholder(w, th, branch.Graph, x.DType, x.Shape, "Placeholder");
                if (dummy.Error is not null) return Result.Fail<MatchedInputs>(dummy.World, dummy.Error);
                w = dummy.World;
                inputs.Add(dummy.Value);
            }
            var reset = info with { Captures = outer.Zip(inputs, (e, i) => new Capture(e, i)).ToSeq() };
            w = w with { Functions = w.Functions.With(branch.Graph, reset) };
            lists.Add(inputs);
        }
        return Result.Ok(w, new MatchedInputs(outer, lists[0], lists[1]));
    });

    private static bool IsStateful(World w, GraphId g) => w.Graph(g).Ops.Exists(op => FunctionOpDefs.Stateful.Contains(op.Type));

    /// <summary>
    /// cond_v2.py <c>_set_read_only_resource_inputs_attr</c> over auto_control_deps_utils.py
    /// <c>get_read_only_resource_input_indices_graph</c>: the resource inputs every branch only reads
    /// (each consumer a registered read op, or an op listing that input as read-only), as op input
    /// indices (after the predicate).
    /// </summary>
    private static IReadOnlyList<int> ReadOnlyResourceInputs(World w, IReadOnlyList<(GraphId Graph, IReadOnlyList<Tensor> Inputs)> branches, int count)
    {
        var result = new List<int>();
        for (var i = 0; i < count; i++)
            if (branches.All(b => b.Inputs[i].DType == DType.Resource && OnlyRead(w.Graph(b.Graph), b.Inputs[i])))
                result.Add(i + 1);
        return result;
    }

    private static readonly System.Collections.Generic.HashSet<string> ResourceReadOps =
        ["ReadVariableOp", "VariableShape", "ResourceGather", "ResourceGatherNd", "_ReadVariablesOp"];

    private static bool OnlyRead(Graph g, Tensor input) =>
        g.Ops.Filter(op => op.Inputs.Contains(input)).ForAll(op =>
            ResourceReadOps.Contains(op.Type) ||
            (op.Attr("_read_only_resource_inputs") is AttrValue.ListValue l &&
             Enumerable.Range(0, op.Inputs.Count).Where(j => op.Inputs[j] == input)
                 .All(j => l.Items.Exists(v => v is AttrValue.IntValue iv && iv.Value == j))));

    /// <summary><c>TensorShape.most_specific_compatible_shape</c>.</summary>
    private static TensorShape MostSpecificCompatible(TensorShape a, TensorShape b)
    {
        if (a.Dims is not { } x || b.Dims is not { } y || x.Length != y.Length) return TensorShape.Unknown;
        return TensorShape.Of(x.Zip(y, (p, q) => p == q ? p : null).ToArray());
    }

    /// <summary><c>util.create_new_tf_function(branch_graph)</c>: the branch joins the function library under its graph's name.</summary>
    private static Tf<Unit> Register(BranchGraph branch, IReadOnlyList<Tensor> inputs) => Tf.Of<Unit>(w =>
    {
        var fs = w.Functions;
        var stateful = IsStateful(w, branch.Graph);
        var c = new ConcreteFunction(fs.LastConcreteId + 1, null, branch.Name, branch.Graph, EquatableArrayOf<TraceType>(),
            inputs.ToArray(), EquatableArrayOf<Capture>(), branch.Outputs.ToArray(), branch.Structured, stateful);
        return Result.Ok(w with { Functions = fs.With(c) with { LastConcreteId = c.Id } }, Unit.Default);
    });

    private static Collections.EquatableArray<T> EquatableArrayOf<T>() => System.Array.Empty<T>();

    /// <summary>cond_v2.py <c>_pack_sequence_as</c>: the true branch's structure, each tensor leaf replaced by the next output.</summary>
    private static object? Pack(object? structured, Queue<Tensor> outputs) => structured switch
    {
        Tensor => outputs.Dequeue(),
        OutputSequence s => new OutputSequence(s.IsList, s.Items.Select(x => Pack(x, outputs)).ToArray()),
        _ => null,
    };
}
