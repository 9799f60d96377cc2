using LanguageExt;
using LanguageExt.ClassInstances;
using ScopeFn.Core.Errors;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Scopes;
using ScopeFn.Core.Types;
using ScopeFn.Core.Worlds;

namespace ScopeFn.Core.Ops;

/// <summary>
/// What generated op wrappers do (op_def_library.py <c>_apply_op_helper</c>): pick the graph from
/// the inputs, open <c>name_scope(name or op_type)</c>, convert each input (Python values become
/// Const ops named after the argument, inside that scope), bind and check type attrs, then create
/// the op named by the scope string.
/// </summary>
public static class OpApply
{
    /// <param name="inputs">one value per registered input; a list input takes an <see cref="IReadOnlyList{T}"/> of values</param>
    /// <param name="attrs">attrs other than the type attrs inferred from the inputs</param>
    /// <param name="defaultTypes">a dtype for a type attr when no input binds it (e.g. a Python literal for <c>T</c>)</param>
    public static Tf<Operation> Apply(
        string type, string? name, IReadOnlyList<object> inputs, Map<OrdString, string, AttrValue>? attrs = null,
        IReadOnlyDictionary<string, DType>? defaultTypes = null) =>
        new ApplyStep(type, name, inputs, attrs, defaultTypes);

    // A class rather than a closure: wrapper calls are the hot path of graph building.
    private sealed class ApplyStep(
        string type, string? name, IReadOnlyList<object> inputs, Map<OrdString, string, AttrValue>? attrs,
        IReadOnlyDictionary<string, DType>? defaultTypes) : Step<Operation>
    {
        public override Result<Operation> Transition(World w, ThreadId t) => Apply(w, t, type, name, inputs, attrs, defaultTypes);
    }

    private static Result<Operation> Apply(World w, ThreadId t, string type, string? name, IReadOnlyList<object> inputs,
        Map<OrdString, string, AttrValue>? attrs, IReadOnlyDictionary<string, DType>? defaultTypes)
    {
        if (Contexts.EagerMode.IsEager(w, t)) return Eager.EagerOps.Apply(w, t, type, name, inputs, attrs, defaultTypes);
        var current = DefaultGraph.Get(w, t);
        w = current.World;
        var g = current.Value;
        if (inputs.Count > 0)
        {
            var fromInputs = Functions.Captures.GraphFromInputs(w, inputs.SelectMany(Flatten), g);
            if (fromInputs.IsLeft) return Result.Fail<Operation>(w, (TfError)fromInputs);
            g = (GraphId)fromInputs;
        }
        var scopeName = string.IsNullOrEmpty(name) ? type : name;
        if (g == current.Value && inputs.All(IsTensorInput) && !Functions.Captures.Needed(w.Graph(g), inputs))
        {
            // Nothing in the scope reads the thread's name stack (no Python value is converted
            // to a named Const), so entering and leaving it reduces to naming the scope, and the
            // scope's name and the op land in one new graph value.
            var graph = w.Graph(g);
            var state = w.GraphThread(g, t);
            var named = NameScope.Name(graph.NamesInUse, state.NameStack, scopeName);
            if (named.Error is not null) return Result.Fail<Operation>(w, named.Error);
            World Consumed(World x) => ReferenceEquals(named.NamesInUse, graph.NamesInUse) ? x : x.WithGraph(x.Graph(g) with { NamesInUse = named.NamesInUse });
            // Tensor inputs convert without touching the world (no Const is created).
            var converted = ConvertInputs(w, t, type, inputs, defaultTypes);
            if (converted.Error is not null) return Result.Fail<Operation>(Consumed(converted.World), converted.Error);
            var all = attrs is null ? converted.Value.Attrs : converted.Value.Attrs.AddOrUpdateRange(attrs.Value);
            if (ReferenceEquals(converted.World, w))
                return OpCreation.CreateNamed(w, t, graph, state, type, converted.Value.Tensors, all, named.Stack, named.NamesInUse);
            return OpCreation.Create(Consumed(converted.World), t, g, type, converted.Value.Tensors, all, named.Stack + "/");
        }
        return InScope(w, t, g, g != current.Value, type, scopeName, inputs, attrs, defaultTypes);
    }

    /// <summary>
    /// The general path: enter the scope (and the inputs' graph), convert, create. A method of its
    /// own so that its closures are allocated only when it runs, not on every wrapper call.
    /// </summary>
    private static Result<Operation> InScope(World w, ThreadId t, GraphId g, bool otherGraph, string type, string scopeName,
        IReadOnlyList<object> inputs, Map<OrdString, string, AttrValue>? attrs, IReadOnlyDictionary<string, DType>? defaultTypes)
    {
        var scoped = NameScope.InGraph(g, scopeName, scope => Tf.Of<Operation>((w2, t2) =>
            CreateIn(w2, t2, g, type, scope, inputs, attrs, defaultTypes)));
        return (otherGraph ? DefaultGraph.AsDefault(g, scoped) : scoped).Run(w, t);
    }

    private static Result<Operation> CreateIn(World w, ThreadId t, GraphId g, string type, string scope,
        IReadOnlyList<object> inputs, Map<OrdString, string, AttrValue>? attrs, IReadOnlyDictionary<string, DType>? defaultTypes)
    {
        var converted = ConvertInputs(w, t, type, inputs, defaultTypes);
        if (converted.Error is not null) return Result.Fail<Operation>(converted.World, converted.Error);
        var all = attrs is null ? converted.Value.Attrs : converted.Value.Attrs.AddOrUpdateRange(attrs.Value);
        return OpCreation.Create(converted.World, t, g, type, converted.Value.Tensors, all, scope);
    }

    private static bool IsTensorInput(object input) => input is Tensor || (input is IReadOnlyList<object> list && list.All(IsTensorInput));

    /// <summary>Applies an op with one output and returns that tensor.</summary>
    public static Tf<Tensor> Apply1(string type, string? name, IReadOnlyList<object> inputs, Map<OrdString, string, AttrValue>? attrs = null,
        IReadOnlyDictionary<string, DType>? defaultTypes = null) =>
        Apply(type, name, inputs, attrs, defaultTypes).Select(op => op.Output(0));

    private static IEnumerable<object> Flatten(object v) => v is IReadOnlyList<object> list ? list.SelectMany(Flatten) : [v];

    internal sealed record Converted(IReadOnlyList<Tensor> Tensors, Map<OrdString, string, AttrValue> Attrs);

    private static readonly Converted NoInputs = new([], Map<OrdString, string, AttrValue>.Empty);

    internal static Result<Converted> ConvertInputs(World w, ThreadId t, string type, IReadOnlyList<object> inputs, IReadOnlyDictionary<string, DType>? defaultTypes)
    {
        {
            var def = OpRegistry.Find(type) ?? throw new ArgumentException($"op type {type} is not registered");
            if (def.Inputs.Count == 0) return Result.Ok(w, NoInputs);
            var tensors = new List<Tensor>();
            var bound = new Dictionary<string, (DType DType, string From)>();
            for (var i = 0; i < def.Inputs.Count; i++)
            {
                var arg = def.Inputs[i];
                var values = arg.IsList ? ((IReadOnlyList<object>)inputs[i]).ToList() : [inputs[i]];
                foreach (var value in values)
                {
                    DType? want = arg.Fixed ?? (arg.TypeAttr is { } ta && bound.TryGetValue(ta, out var b) ? b.DType : null);
                    DType? hint = want is null && arg.TypeAttr is { } ta2 && defaultTypes?.TryGetValue(ta2, out var d) == true ? d : null;
                    var r = Convert.ToTensor(w, t, value, want, hint, arg.Name);
                    w = r.World;
                    if (r.Error is not null)
                        return Result.Fail<Converted>(w, MismatchError(type, arg, value, want, r.Error, bound));
                    var tensor = r.Value;
                    if (arg.TypeAttr is { } attr)
                    {
                        if (bound.TryGetValue(attr, out var already) && already.DType != tensor.DType)
                            return Result.Fail<Converted>(w, new TypeError(
                                $"Input '{arg.Name}' of '{type}' Op has type {tensor.DType.Name} that does not match type {already.DType.Name} of argument '{already.From}'."));
                        if (arg.Allowed is { } allowed && !allowed.Contains(tensor.DType))
                            return Result.Fail<Converted>(w, new TypeError(
                                $"Value passed to parameter '{arg.Name}' has DataType {tensor.DType.Name} not in list of allowed values: {string.Join(", ", allowed.Select(x => x.Name))}"));
                        bound.TryAdd(attr, (tensor.DType, arg.Name));
                    }
                    tensors.Add(tensor);
                }
                if (arg.IsList) bound.TryAdd("N", (DType.Int32, arg.Name));
            }
            var attrs = Map<OrdString, string, AttrValue>.Empty;
            foreach (var (attr, (dtype, _)) in bound)
                attrs = attr == "N" ? attrs.AddOrUpdate("N", AttrValue.Of((long)CountList(def, inputs))) : attrs.AddOrUpdate(attr, AttrValue.Of(dtype));
            return Result.Ok(w, new Converted(tensors, attrs));
        }
    }

    private static int CountList(OpDef def, IReadOnlyList<object> inputs) =>
        def.Inputs.Select((a, i) => a.IsList ? ((IReadOnlyList<object>)inputs[i]).Count : 0).Sum();

    private static TfError MismatchError(string type, ArgDef arg, object value, DType? want,
        TfError conversion, Dictionary<string, (DType DType, string From)> bound)
    {
        if (value is Tensor tensor && want is { } expected && arg.TypeAttr is { } attr && bound.TryGetValue(attr, out var from))
            return new TypeError($"Input '{arg.Name}' of '{type}' Op has type {tensor.DType.Name} that does not match type {expected.Name} of argument '{from.From}'.");
        if (value is not Tensor && want is { } dtype)
            return new TypeError($"Expected {dtype.Name} passed to parameter '{arg.Name}' of op '{type}', got {TensorLiteral.PyRepr(value)} of type '{GraphLookups.PyTypeName(value)}' instead. Error: {conversion.Message}");
        return conversion;
    }
}
