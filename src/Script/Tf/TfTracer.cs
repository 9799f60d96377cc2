using System.Collections;
using ScopeFn.Core.Errors;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Scopes;
using ScopeFn.Core.Variables;
using ScopeFn.Core.Worlds;
using ScopeFn.Script.Runtime;
using ScopeFn.Script.Trace;

namespace ScopeFn.Script.Tf;

/// <summary>What a <c>with</c> block of the tf module is, for traces: its kind and the arguments it was asked for.</summary>
internal sealed record ScopeTag(string Kind, string? Requested = null, string? DefaultName = null);

/// <summary>
/// Derives trace events from the worlds before and after each TensorFlow call, so the core stays
/// unaware of tracing: new ops are the tail of a graph's op sequence, a returned variable is new
/// exactly when its op is in that tail, scopes are read from the thread's context.
/// </summary>
internal sealed class TfTracer(TraceLog log)
{
    public void Call(World before, World after, ThreadId thread, TfError? error, object? value)
    {
        Ops(before, after);
        if (error is not null)
        {
            var py = PyErrors.FromTfError(error);
            log.Add(new TraceEvent.Error(TraceLog.CurrentLine, py.Value.ExceptionType.QualifiedName, py.Value.Str()));
            return;
        }
        if (value is Variable v) Variable(before, after, v);
    }

    public void Enter(World after, ThreadId thread, ScopeTag tag)
    {
        var (graph, nameScope, variableScope) = Where(after, thread);
        log.Add(new TraceEvent.ScopeEnter(TraceLog.CurrentLine, tag.Kind, tag.Requested, tag.DefaultName, graph, nameScope, variableScope));
    }

    public void Exit(World after, ThreadId thread, ScopeTag tag)
    {
        var (graph, nameScope, variableScope) = Where(after, thread);
        log.Add(new TraceEvent.ScopeExit(TraceLog.CurrentLine, tag.Kind, graph, nameScope, variableScope));
    }

    public void Fetch(object? fetches, string value)
    {
        var names = new List<string>();
        Flatten(fetches, names);
        log.Add(new TraceEvent.Fetch(TraceLog.CurrentLine, names, value));
    }

    private static void Flatten(object? fetch, List<string> names)
    {
        switch (fetch)
        {
            case null: return;
            case string s: names.Add(s); return;
            case Tensor t: names.Add(t.Name); return;
            case Operation o: names.Add(o.Name); return;
            case IDictionary d:
                foreach (var value in d.Values) Flatten(value, names);
                return;
            case IEnumerable e:
                foreach (var item in e) Flatten(item, names);
                return;
        }
    }

    /// <summary>The default graph, its name scope and the variable scope, read on a copy so tracing changes nothing.</summary>
    private static (int? Graph, string NameScope, string VariableScope) Where(World w, ThreadId t)
    {
        var g = DefaultGraph.Get(w, t);
        if (g.Error is not null) return (null, "", "");
        var ns = NameScope.Current.Run(w, t);
        var vs = VariableScopes.Current.Run(w, t);
        return (g.Value.Value, ns.Error is null ? ns.Value : "", vs.Error is null ? vs.Value.Name : "");
    }

    private static int OpCount(World w, GraphId g) => w.Graphs.TryGetValue(g, out var graph) ? graph.Ops.Count : 0;

    private void Ops(World before, World after)
    {
        if (ReferenceEquals(before, after)) return;
        foreach (var (id, graph) in after.Graphs.OrderBy(kv => kv.Key.Value))
        {
            if (before.Graphs.TryGetValue(id, out var old) && ReferenceEquals(old, graph)) continue;
            for (var i = OpCount(before, id); i < graph.Ops.Count; i++)
            {
                var op = graph.Ops[i];
                log.Add(new TraceEvent.OpCreated(TraceLog.CurrentLine, id.Value, op.Name, op.Type,
                    op.Inputs.Select(x => x.Name).ToList(),
                    op.ControlInputIds.Select(c => graph.Op(c).Name).ToList(), op.Device));
            }
        }
    }

    private void Variable(World before, World after, Variable v)
    {
        if (v.Graph == ScopeFn.Core.Eager.EagerContext.Graph)
        {
            // An eager variable is in no graph and no collection; its handle is the VarHandleOp
            // call's id, new exactly when that call ran during this one.
            log.Add(new TraceEvent.VariableReturned(TraceLog.CurrentLine, v.Graph.Value, v.Name,
                v.Shape.Dims is { } eagerDims ? eagerDims.ToList() : null, v.DType.Name, v.Kind == VariableKind.Resource ? "resource" : "ref", v.Trainable, [],
                Created: v.Handle.OpId > before.Eager.LastId));
            return;
        }
        var graph = after.Graph(v.Graph);
        var collections = graph.Collections.Keys
            .Where(k => graph.Collections.Get(k).Any(x => x is Variable o && o.Handle == v.Handle))
            .OrderBy(k => k, StringComparer.Ordinal).ToList();
        log.Add(new TraceEvent.VariableReturned(TraceLog.CurrentLine, v.Graph.Value, v.Name,
            v.Shape.Dims is { } dims ? dims.ToList() : null, v.DType.Name,
            v.Kind == VariableKind.Resource ? "resource" : "ref", v.Trainable, collections,
            Created: v.Handle.OpId > OpCount(before, v.Graph)));
    }
}
