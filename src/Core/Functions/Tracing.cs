using LanguageExt;
using ScopeFn.Core.Collections;
using ScopeFn.Core.Contexts;
using ScopeFn.Core.Errors;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Ops;
using ScopeFn.Core.Scopes;
using ScopeFn.Core.Worlds;
using Convert = ScopeFn.Core.Ops.Convert;

namespace ScopeFn.Core.Functions;

/// <summary>
/// One trace (tracing_compilation.py <c>_create_concrete_function</c>, func_graph.py
/// <c>func_graph_from_py_func</c>): a new <c>FuncGraph(name)</c> made default; a placeholder per
/// tensor argument named after its parameter (or its spec's name); the Python function run with
/// the variable creator of the scope type; each output converted to a tensor and passed through
/// an <c>Identity</c> (automatic control dependencies' <c>mark_as_return</c>); the concrete
/// function <c>__inference_&lt;name&gt;_&lt;uid&gt;</c> added to the cache.
/// </summary>
public static class Tracing
{
    public static Tf<int> Trace(int function, FunctionContext context, EquatableArray<TraceType> sig, IReadOnlyList<object?> args, FunctionBody body) =>
        from f in Tf.Read((w, _) => w.Functions.Function(function))
        from g in FuncGraphs.Named(f.Name)
        from traced in DefaultGraph.AsDefault(g,
            from inside in Arguments(g, sig, args, f.Parameters)
            from outputs in Tf.Bracket(EnterFrame(g, new TraceFrame(function, context.Scope)), _ => body(inside.Values))
            from flat in Tf.Pure(new List<Tensor>())
            from structured in ReturnValues.Convert(outputs, v => from r in ArrayOps.Identity(v) select Add(flat, r))
            select (inside.Flat, structured, flat))
        from c in Register(function, context, sig, g, traced.Flat, traced.structured, traced.flat)
        select c;

    /// <summary>The arguments as the function sees them, and the flat list of argument placeholders (<c>graph.inputs</c>).</summary>
    private static Tf<(IReadOnlyList<object?> Values, IReadOnlyList<Tensor> Flat)> Arguments(
        GraphId g, IReadOnlyList<TraceType> sig, IReadOnlyList<object?> args, IReadOnlyList<string> parameters) => Tf.Of<(IReadOnlyList<object?>, IReadOnlyList<Tensor>)>((w, t) =>
    {
        var flat = new List<Tensor>();
        var values = new List<object?>();
        for (var i = 0; i < sig.Count; i++)
        {
            var name = i < parameters.Count ? parameters[i] : $"args_{i - parameters.Count}";
            var r = Placeholders(w, t, g, sig[i], i < args.Count ? args[i] : null, name, flat);
            if (r.Error is not null) return Result.Fail<(IReadOnlyList<object?>, IReadOnlyList<Tensor>)>(r.World, r.Error);
            w = r.World;
            values.Add(r.Value);
        }
        return Result.Ok<(IReadOnlyList<object?>, IReadOnlyList<Tensor>)>(w, (values, flat));
    });

    // TraceType.placeholder_value: tensors become placeholders (with _user_specified_name), Python values stay.
    private static Result<object?> Placeholders(World w, ThreadId t, GraphId g, TraceType type, object? arg, string name, List<Tensor> flat)
    {
        switch (type)
        {
            case TensorType spec:
                var user = spec.Name ?? name;
                var p = Captures.Placeholder(w, t, g, spec.DType, spec.Shape, user, Attrs.Of(("_user_specified_name", AttrValue.Of(user))));
                if (p.Error is not null) return Result.Fail<object?>(p.World, p.Error);
                flat.Add(p.Value);
                return Result.Ok<object?>(p.World, p.Value);
            case SequenceType seq:
                var items = new List<object?>();
                var given = arg is OutputSequence os ? os.Items : arg as IReadOnlyList<object?>;
                for (var i = 0; i < seq.Items.Count; i++)
                {
                    var r = Placeholders(w, t, g, seq.Items[i], given is not null && i < given.Count ? given[i] : null, name, flat);
                    if (r.Error is not null) return r;
                    w = r.World;
                    items.Add(r.Value);
                }
                return Result.Ok<object?>(w, new OutputSequence(seq.IsList, items.ToArray()));
            case LiteralType lit:
                return Result.Ok(w, arg ?? lit.Value);
            default:
                return Result.Ok(w, arg);
        }
    }

    private static Enter<Unit> EnterFrame(GraphId g, TraceFrame frame) => (w, _) =>
        Result.Ok(w with { Functions = w.Functions with { Tracing = w.Functions.Tracing.SetItem(g, frame) } },
            new Entered<Unit>(Unit.Default, x => x with { Functions = x.Functions with { Tracing = x.Functions.Tracing.Remove(g) } }));

    private static Tensor Add(List<Tensor> flat, Tensor t)
    {
        flat.Add(t);
        return t;
    }

    private static Tf<int> Register(int function, FunctionContext context, EquatableArray<TraceType> sig, GraphId g,
        IReadOnlyList<Tensor> inputs, object? structured, IReadOnlyList<Tensor> outputs) => Tf.Of<int>(w =>
    {
        (w, var uid) = Uids.Next(w);
        var fs = w.Functions;
        var f = fs.Function(function);
        var info = fs.FuncGraph(g) ?? new FuncGraphInfo(f.Name);
        var captures = info.Captures;
        var stateful = w.Graph(g).Ops.Exists(op => FunctionOpDefs.Stateful.Contains(op.Type));
        var c = new ConcreteFunction(fs.LastConcreteId + 1, function, $"__inference_{f.Name}_{uid}", g, sig,
            inputs.ToArray(), captures.ToArray(), outputs.ToArray(), structured, stateful);
        fs = fs.With(c).With(f with { Cache = f.Cache.Add(new CacheEntry(context, sig, c.Id)) })
            .With(g, info with { Outputs = outputs.ToSeq() }) with { LastConcreteId = c.Id };
        return Result.Ok(w with { Functions = fs }, c.Id);
    });
}
