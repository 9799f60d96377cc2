using LanguageExt;
using LanguageExt.ClassInstances;
using ScopeFn.Core.Errors;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Ops;
using ScopeFn.Core.Scopes;
using ScopeFn.Core.Types;
using ScopeFn.Core.Worlds;

namespace ScopeFn.Core.Functions;

/// <summary>
/// FuncGraph capturing (func_graph.py <c>FuncGraph._create_op_internal</c> / <c>capture</c>,
/// capture_container.py <c>capture_by_value</c> / <c>_create_placeholder_helper</c>): an op input
/// from another graph is replaced by a placeholder of the function graph, created outside any
/// control dependencies, named after the external op in the current name scope (so inside
/// <c>x + 1</c> it is <c>add/x</c>), and reused for later uses of the same external tensor.
/// A tensor of a function graph nested in this one is out of scope and raises.
/// </summary>
public static class Captures
{
    /// <summary>Whether creating an op with <paramref name="inputs"/> in <paramref name="graph"/> captures anything.</summary>
    public static bool Needed(Graph graph, IEnumerable<object> inputs) =>
        graph.BuildingFunction && inputs.Any(i => i switch
        {
            Tensor t => t.Graph != graph.Id,
            IReadOnlyList<object> list => list.OfType<Tensor>().Any(t => t.Graph != graph.Id),
            _ => false,
        });

    /// <summary>The inputs an op of <paramref name="g"/> gets: external tensors replaced by their captures.</summary>
    public static Result<IReadOnlyList<Tensor>> Inputs(World w, ThreadId t, GraphId g, IReadOnlyList<Tensor> inputs)
    {
        if (!w.Graph(g).BuildingFunction || inputs.All(i => i.Graph == g)) return Result.Ok(w, inputs);
        var captured = new Tensor[inputs.Count];
        for (var i = 0; i < inputs.Count; i++)
        {
            var r = Capture(w, t, g, inputs[i], null);
            w = r.World;
            if (r.Error is not null) return Result.Fail<IReadOnlyList<Tensor>>(w, r.Error);
            captured[i] = r.Value;
        }
        return Result.Ok<IReadOnlyList<Tensor>>(w, captured);
    }

    /// <summary>
    /// <c>FuncGraph.capture(tensor, name)</c>: the tensor itself when it belongs to <paramref name="g"/>,
    /// else its (cached or new) placeholder. <paramref name="name"/> defaults to the external op's name.
    /// </summary>
    public static Result<Tensor> Capture(World w, ThreadId t, GraphId g, Tensor external, string? name)
    {
        if (external.Graph == g) return Result.Ok(w, external);
        if (Eager.EagerContext.IsEager(external)) return CaptureEager(w, t, g, external, name);
        if (OutOfScope(w, g, external) is { } error) return Result.Fail<Tensor>(w, error);
        var info = w.Functions.FuncGraph(g) ?? new FuncGraphInfo("");
        if (info.Internal(external) is { } cached) return Result.Ok(w, cached);
        var made = Placeholder(w, t, g, external.DType, external.Shape, name ?? external.OpName);
        if (made.Error is not null) return made;
        w = made.World;
        info = w.Functions.FuncGraph(g) ?? info;
        var next = info with { Captures = info.Captures.Add(new Capture(external, made.Value)) };
        return Result.Ok(w with { Functions = w.Functions.With(g, next) }, made.Value);
    }

    /// <summary>TF's <c>_EAGER_CONST_THRESHOLD</c> (capture_container.py / func_graph.py).</summary>
    public const long EagerConstThreshold = 128;

    /// <summary>
    /// capture_container.py <c>capture_by_value</c> for an EagerTensor: named <c>str(ops.uid())</c>
    /// unless named; a value dtype with at most 128 elements becomes a Const holding its value, a
    /// larger one or a resource a placeholder. Either way it is a capture (an input of the function
    /// fed with the EagerTensor on each call), reused for later uses of the same EagerTensor.
    /// </summary>
    private static Result<Tensor> CaptureEager(World w, ThreadId t, GraphId g, Tensor external, string? name)
    {
        var info = w.Functions.FuncGraph(g) ?? new FuncGraphInfo("");
        if (info.Internal(external) is { } cached) return Result.Ok(w, cached);
        if (name is null)
        {
            (w, var uid) = Uids.Next(w);
            name = uid.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        var value = w.Eager.Value(external);
        var elements = external.Shape.IsFullyDefined ? external.Shape.Dims!.Value.Aggregate(1L, (a, d) => a * d!.Value) : long.MaxValue;
        // TF_VALUE_DTYPES: numbers, bools and strings; resources and variants are never constants.
        var valueDType = external.DType.IsNumeric || external.DType == DType.Bool || external.DType == DType.String;
        var host = value is not null && valueDType && elements <= EagerConstThreshold ? w.Eager.Executor?.HostValue(value) : null;
        Result<Tensor> made;
        if (host is not null && TensorLiteral.FromHost(host, external.DType) is var literal && literal.IsRight)
        {
            var state = w.GraphThread(g, t);
            var cleared = state.ControlDependencies.IsEmpty ? w : w.WithGraphThread(g, t, state with { ControlDependencies = Seq<Worlds.ControlDependencyController>.Empty });
            made = DefaultGraph.AsDefault(g, Tf.Of<Tensor>((x, th) => Constant.Create(x, th, (TensorLiteral)literal, name))).Run(cleared, t);
            if (made.Error is null && !state.ControlDependencies.IsEmpty) made = made with { World = made.World.WithGraphThread(g, t, made.World.GraphThread(g, t) with { ControlDependencies = state.ControlDependencies }) };
        }
        else made = Placeholder(w, t, g, external.DType, external.Shape, name);
        if (made.Error is not null) return made;
        w = made.World;
        info = w.Functions.FuncGraph(g) ?? info;
        return Result.Ok(w with { Functions = w.Functions.With(g, info with { Captures = info.Captures.Add(new Capture(external, made.Value)) }) }, made.Value);
    }

    /// <summary><c>FuncGraph._validate_in_scope</c>: the tensor's graph must not be nested inside <paramref name="g"/>.</summary>
    private static TfError? OutOfScope(World w, GraphId g, Tensor tensor)
    {
        var inner = w.Graph(tensor.Graph);
        while (inner.BuildingFunction)
        {
            if (inner.Id == g)
                return new InaccessibleTensorError(
                    $"{Repr(tensor)} is out of scope and cannot be used here. Use return values, explicit Python locals or TensorFlow collections to access it.\n" +
                    "Please see https://www.tensorflow.org/guide/function#all_outputs_of_a_tffunction_must_be_return_values for more information.\n\n" +
                    $"{Repr(tensor)} was defined here:\n<unknown>\n\n" +
                    $"The tensor {Repr(tensor)} cannot be accessed from {GraphRepr(w, g)}, because it was defined in {GraphRepr(w, tensor.Graph)}, which is out of scope.");
            if (inner.OuterGraph is not { } outer) break;
            inner = w.Graph(outer);
        }
        return null;
    }

    private static string Repr(Tensor t) => $"<tf.Tensor '{t.Name}' shape={t.Shape} dtype={t.DType.Name}>";

    private static string GraphRepr(World w, GraphId g) =>
        w.Functions.FuncGraph(g) is { } info ? $"FuncGraph(name={info.Name}, id={g.Value})" : $"<tensorflow.python.framework.ops.Graph object {g.Value}>";

    /// <summary>
    /// A placeholder made as <c>TensorSpec.placeholder_value</c> makes it for captures: under
    /// <c>control_dependencies(None)</c>, named by <c>unique_name</c> in the current name scope;
    /// a name that is not a valid op name falls back to the default <c>Placeholder</c>.
    /// </summary>
    internal static Result<Tensor> Placeholder(World w, ThreadId t, GraphId g, DType dtype, TensorShape shape, string name,
        Map<OrdString, string, AttrValue>? extra = null)
    {
        var state = w.GraphThread(g, t);
        var cleared = state.ControlDependencies.IsEmpty ? w : w.WithGraphThread(g, t, state with { ControlDependencies = Seq<Worlds.ControlDependencyController>.Empty });
        var attrs = Attrs.Of(("dtype", AttrValue.Of(dtype)), ("shape", AttrValue.Of(shape)));
        if (extra is { } more) attrs = attrs.AddOrUpdateRange(more);
        var op = OpCreation.Create(cleared, t, g, "Placeholder", [], attrs, name);
        if (op.Error is ValueError && NameValidation.CheckNodeName(Scoped(state.NameStack, name)) is not null)
            op = OpCreation.Create(op.World, t, g, "Placeholder", [], attrs, null);
        var back = state.ControlDependencies.IsEmpty ? op.World : op.World.WithGraphThread(g, t, state);
        return op.Error is null ? Result.Ok(back, op.Value.Output(0)) : Result.Fail<Tensor>(back, op.Error);
    }

    private static string Scoped(string stack, string name) => stack.Length == 0 ? name : stack + "/" + name;

    /// <summary>
    /// ops.py <c>_get_graph_from_inputs</c>: while the default graph is building a function it is
    /// the graph (inputs from elsewhere get captured); otherwise all graph inputs must agree.
    /// </summary>
    public static LanguageExt.Either<TfError, GraphId> GraphFromInputs(World w, IEnumerable<object> values, GraphId defaultGraph) =>
        w.Graph(defaultGraph).BuildingFunction ? defaultGraph : NameScope.GraphOfInputs(values, defaultGraph);
}
