using System.Collections.Immutable;
using ScopeFn.Core.Collections;
using LanguageExt;
using LanguageExt.ClassInstances;
using ScopeFn.Core.Errors;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Ops.Shapes;
using ScopeFn.Core.Scopes;
using ScopeFn.Core.Worlds;

namespace ScopeFn.Core.Ops;

/// <summary>
/// <c>Graph._create_op_internal</c>: name the op (verbatim when it ends in '/', else
/// <c>unique_name</c>), validate the node name, reject duplicates, add the control inputs of the
/// active <c>control_dependencies</c> blocks, infer output shapes, then record the op.
/// A failure after naming leaves the name consumed, as in TF.
/// </summary>
public static class OpCreation
{
    public static Result<Operation> Create(
        World world, ThreadId thread, GraphId graphId, string type, IReadOnlyList<Tensor> inputs,
        Map<OrdString, string, AttrValue> attrs, string? name)
    {
        if (Contexts.EagerMode.IsEager(world, thread)) return Eager.EagerOps.Execute(world, thread, type, inputs, attrs, name);
        var graph = world.Graph(graphId);
        if (graph.Finalized) return Result.Fail<Operation>(world, DefaultGraph.Finalized);
        if (graph.BuildingFunction)
        {
            // FuncGraph._create_op_internal: inputs from other graphs become captures first.
            var captured = Functions.Captures.Inputs(world, thread, graphId, inputs);
            if (captured.Error is not null) return Result.Fail<Operation>(captured.World, captured.Error);
            (world, inputs) = (captured.World, captured.Value);
            graph = world.Graph(graphId);
        }
        name ??= type;
        var state = world.GraphThread(graphId, thread);
        string opName;
        var names = graph.NamesInUse;
        if (name.Length > 0 && name[^1] == '/') opName = UniqueName.FromScopeName(name);
        else (names, opName) = UniqueName.Apply(names, state.NameStack, name);
        return CreateNamed(world, thread, graph, state, type, inputs, attrs, opName, names);
    }

    /// <summary>
    /// The part of <c>_create_op_internal</c> after naming: <paramref name="names"/> is the graph's
    /// name table with <paramref name="opName"/> already registered, so the op and the name land
    /// in one new graph value. A failure leaves the name consumed, as in TF.
    /// </summary>
    internal static Result<Operation> CreateNamed(
        World world, ThreadId thread, Graph graph, GraphThreadState state, string type, IReadOnlyList<Tensor> inputs,
        Map<OrdString, string, AttrValue> attrs, string opName, RerootingMap<string, int> names)
    {
        // The world a failure leaves: the name consumed, nothing else.
        World Named() => ReferenceEquals(names, graph.NamesInUse) ? world : world.WithGraph(graph with { NamesInUse = names });

        if (graph.Finalized) return Result.Fail<Operation>(Named(), DefaultGraph.Finalized);
        var def = OpRegistry.Find(type) ?? throw new ArgumentException($"op type {type} is not registered", nameof(type));
        if (NameValidation.CheckNodeName(opName) is { } invalid) return Result.Fail<Operation>(Named(), invalid);
        if (graph.OpIdsByName.ContainsKey(opName))
            return Result.Fail<Operation>(Named(), new ValueError($"Duplicate node name in graph: '{opName}'"));

        var controlInputs = state.ControlDependencies.IsEmpty
            ? EquatableArray<int>.Empty
            : ControlDependencies.For(state.ControlDependencies, inputs.Select(t => t.OpId).ToHashSet());
        var inputArray = inputs.Count == 0 ? ImmutableArray<Tensor>.Empty : inputs.ToImmutableArray();
        var id = graph.LastId + 1;

        var inferred = def.Infer(new InferenceContext(graph, inputs, attrs));
        if (inferred.IsLeft)
        {
            var error = (TfError)inferred;
            var draft = new Operation(graph.Id, id, opName, type, inputArray, controlInputs, EquatableArray<TensorSpec>.Empty, attrs, "");
            var message = error is ShapeError
                ? $"{error.Message} for '{NodeSummary.Format(graph, draft)}' with input shapes: {string.Join(", ", inputs.Select(i => AttrValue.SummarizeShape(i.Shape)))}."
                : error.Message;
            return Result.Fail<Operation>(Named(), error is ShapeError ? new ValueError(message) : error);
        }

        var op = new Operation(graph.Id, id, opName, type, inputArray, controlInputs, (EquatableArray<TensorSpec>)inferred, attrs, "");
        if (!state.DeviceStack.IsEmpty)
        {
            var placed = Place(world, thread, graph, state, op, names);
            if (placed.Error is not null) return placed;
            op = placed.Value;
        }
        var next = world.WithGraph(graph.AddOp(op, names));
        if (!state.ControlDependencies.IsEmpty)
            next = next.WithGraphThread(graph.Id, thread, state with
            {
                ControlDependencies = ControlDependencies.Record(state.ControlDependencies, id),
            });
        next = Tapes.GradientTapes.Record(next, thread, op);
        return Result.Ok(next, op);
    }

    /// <summary>
    /// The device stack applied to a new op; a device function may fail on the world with the op
    /// added. Its own method so that the closure is allocated only for ops under a device block.
    /// </summary>
    private static Result<Operation> Place(World world, ThreadId thread, Graph graph, GraphThreadState state, Operation op, RerootingMap<string, int> names)
    {
        var placed = Devices.DevicePlacement.Apply(state.DeviceStack, op, o => world.WithGraph(graph.AddOp(o, names)), thread);
        if (placed.IsLeft) return placed.Match(_ => default, f => Result.Fail<Operation>(f.World, f.Error));
        return Result.Ok(world, op with { Device = (string)placed });
    }

    public static Tf<Operation> CreateOp(GraphId graph, string type, IReadOnlyList<Tensor> inputs, Map<OrdString, string, AttrValue> attrs, string? name) =>
        Tf.Of<Operation>((w, t) => Create(w, t, graph, type, inputs, attrs, name));
}

/// <summary>TF's <c>FormatNodeDefForError</c>: <c>{{node add}} = AddV2[T=DT_FLOAT](x, y)</c>.</summary>
public static class NodeSummary
{
    public static string Format(Graph graph, Operation op)
    {
        var attrs = string.Join(", ", op.Attrs.Map((k, v) => $"{k}={v.Summarize()}").Values);
        var inputs = op.Inputs.Select(t => t.Index == 0 ? t.OpName : t.Name)
            .Concat(op.ControlInputIds.Select(c => "^" + graph.Op(c).Name));
        var device = op.Device.Length > 0 ? $", _device=\"{op.Device}\"" : "";
        return $"{{{{node {op.Name}}}}} = {op.Type}[{attrs}{device}]({string.Join(", ", inputs)})";
    }
}
