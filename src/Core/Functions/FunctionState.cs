using LanguageExt;
using ScopeFn.Core.Collections;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Worlds;

namespace ScopeFn.Core.Functions;

/// <summary>
/// The tf.function part of the process state: every <c>tf.function</c> object and its trace
/// cache, every concrete function, each FuncGraph's name and captures, the FuncGraphs being
/// traced right now with the variable-creation rule in force (the <c>ops.uid()</c> counter that
/// numbers function names is the process's one uid counter, in <see cref="Eager.EagerContext"/>).
/// </summary>
public sealed record FunctionState
{
    public static FunctionState Empty { get; } = new();

    public PersistentMap<int, PolyFunction> Functions { get; init; } = PersistentMap<int, PolyFunction>.Empty;
    public int LastFunctionId { get; init; }

    public PersistentMap<int, ConcreteFunction> Concretes { get; init; } = PersistentMap<int, ConcreteFunction>.Empty;
    public int LastConcreteId { get; init; }

    /// <summary>Per FuncGraph: its name and its by-value captures in capture order.</summary>
    public PersistentMap<GraphId, FuncGraphInfo> FuncGraphs { get; init; } = PersistentMap<GraphId, FuncGraphInfo>.Empty;

    /// <summary>FuncGraphs whose Python function is running now, with the variable creator TF installs for the trace.</summary>
    public PersistentMap<GraphId, TraceFrame> Tracing { get; init; } = PersistentMap<GraphId, TraceFrame>.Empty;

    public PolyFunction Function(int id) => Functions[id];
    public ConcreteFunction Concrete(int id) => Concretes[id];
    public FuncGraphInfo? FuncGraph(GraphId g) => FuncGraphs.TryGetValue(g, out var info) ? info : null;

    public FunctionState With(PolyFunction f) => this with { Functions = Functions.SetItem(f.Id, f) };
    public FunctionState With(ConcreteFunction c) => this with { Concretes = Concretes.SetItem(c.Id, c) };
    public FunctionState With(GraphId g, FuncGraphInfo info) => this with { FuncGraphs = FuncGraphs.SetItem(g, info) };

    /// <summary>The concrete function a call op's <c>f</c> attr names (the function library lookup).</summary>
    public ConcreteFunction? ConcreteNamed(string name)
    {
        foreach (var c in Concretes.ValuesInHashOrder) if (c.Name == name) return c;
        return null;
    }
}

/// <summary>A FuncGraph's name (<c>FuncGraph(name)</c>) and its captures: external tensor → placeholder, in order.</summary>
public sealed record FuncGraphInfo(string Name)
{
    public Seq<Capture> Captures { get; init; } = Seq<Capture>.Empty;

    /// <summary>
    /// <c>FuncGraph.outputs</c>: set when the trace ends; building a backward function appends the
    /// forward tensors it captured (side outputs), as TF appends them to the shared list.
    /// </summary>
    public Seq<Tensor> Outputs { get; init; } = Seq<Tensor>.Empty;

    /// <summary><c>_add_control_dependencies</c>: set for tf.function graphs; a cond branch takes its outer graph's.</summary>
    public bool AddControlDependencies { get; init; } = true;

    public Tensor? Internal(Tensor external)
    {
        foreach (var c in Captures) if (c.External == external) return c.Internal;
        return null;
    }
}

/// <summary>
/// One by-value capture: the outside value and the placeholder standing for it inside the
/// function. External is a graph tensor today; an EagerTensor is captured the same way (TF makes
/// a placeholder for it too, or a Const when small).
/// </summary>
public sealed record Capture(Tensor External, Tensor Internal);

/// <summary>TF's <c>tracing_compilation.ScopeType</c>: which variable creator a trace runs under.</summary>
public enum ScopeType
{
    NoScope = 1,
    VariableCreation = 2,
    NoVariableCreation = 3,
}

/// <summary>
/// The part of the cache key that is not the arguments (function_context.py): the graph the call
/// lifts to with init_scope (null when that is eager) and the scope type.
/// </summary>
public sealed record FunctionContext(GraphId? ParentGraph, ScopeType Scope);

/// <summary>A FuncGraph being traced by <see cref="FunctionId"/> under <see cref="Scope"/>.</summary>
public sealed record TraceFrame(int FunctionId, ScopeType Scope);

/// <summary>One entry of a Function's trace cache (function_cache.py): context and argument types → concrete function.</summary>
public sealed record CacheEntry(FunctionContext Context, EquatableArray<TraceType> Signature, int Concrete);

/// <summary>
/// A <c>tf.function</c> object (polymorphic_function.py <c>Function</c>): its Python function
/// (an identity token), name, parameter names, optional input signature, trace cache and the
/// variable-creation bookkeeping of <c>_initialize</c>.
/// </summary>
public sealed record PolyFunction(int Id, object? PythonFunction, string Name, EquatableArray<string> Parameters,
    EquatableArray<TraceType>? InputSignature)
{
    public Seq<CacheEntry> Cache { get; init; } = Seq<CacheEntry>.Empty;

    /// <summary><c>_variable_creation_config is not None</c>: the first call or get_concrete_function has begun.</summary>
    public bool Initialized { get; init; }

    /// <summary><c>len(_created_variables)</c>: variables created by traces that were allowed to.</summary>
    public int CreatedVariables { get; init; }

    /// <summary><c>_concrete_variable_creation_fn</c>: the first trace.</summary>
    public int? FirstConcrete { get; init; }

    /// <summary><c>experimental_get_tracing_count()</c>: <c>len(self._function_cache)</c>, all scope types together.</summary>
    public int TracingCount => Cache.Count;

    /// <summary><c>function_cache.lookup</c>: the exact entry, else the most specific one the call's types are subtypes of.</summary>
    public int? Lookup(FunctionContext context, IReadOnlyList<TraceType> signature)
    {
        var candidates = Cache.Filter(e => e.Context == context && TraceType.AllSubtypes(signature, e.Signature)).ToList();
        if (candidates.Count == 0) return null;
        var exact = candidates.FirstOrDefault(e => e.Signature.SequenceEqual(signature));
        if (exact is not null) return exact.Concrete;
        var best = candidates.FirstOrDefault(c => candidates.All(o => TraceType.AllSubtypes(c.Signature, o.Signature)));
        return (best ?? candidates[0]).Concrete;
    }
}

/// <summary>
/// A traced function (concrete_function.py <c>ConcreteFunction</c>): its FuncGraph, the argument
/// placeholders, captures, flat outputs, the structured outputs (tensors, None, nested
/// <see cref="OutputSequence"/>s and Python values), and whether any op in it is stateful.
/// </summary>
public sealed record ConcreteFunction(int Id, int? FunctionId, string Name, GraphId Graph, EquatableArray<TraceType> Signature,
    EquatableArray<Tensor> Inputs, EquatableArray<Capture> Captures, EquatableArray<Tensor> Outputs, object? StructuredOutputs,
    bool IsStateful)
{
    /// <summary><c>captured_inputs</c>: the external tensors passed after the arguments.</summary>
    public IEnumerable<Tensor> CapturedInputs => Captures.Select(c => c.External);

    /// <summary><c>func_graph.inputs</c>: argument placeholders, then the captures' placeholders.</summary>
    public IEnumerable<Tensor> GraphInputs => Inputs.Concat(Captures.Select(c => c.Internal));

    /// <summary>
    /// <c>_DelayedRewriteGradientFunctions._cached_function_pairs</c>: number of output gradients →
    /// forward and backward function built for them.
    /// </summary>
    public LanguageExt.Map<int, GradientPair> DelayedPairs { get; init; }

    /// <summary>The <c>_FirstOrderTapeGradientFunctions</c> pair, built at the first eager call under one non-persistent tape.</summary>
    public GradientPair? FirstOrderPair { get; init; }

    /// <summary>The <c>_HigherOrderTapeGradientFunctions</c> pair (persistent or nested tapes).</summary>
    public GradientPair? HigherOrderPair { get; init; }

    /// <summary>For a forward function: the pair it belongs to (its inference function and its backward function).</summary>
    public GradientPair? ForwardOf { get; init; }
}

/// <summary>
/// A forward function (<c>__forward_&lt;name&gt;_&lt;uid&gt;</c>: the inference function's graph with its
/// side outputs) and the backward function taking gradients for the trainable ones of the first
/// <see cref="NumDOutputs"/> forward outputs (then the side outputs it captured), returning one
/// gradient per input of <see cref="Inference"/> (None where unconnected).
/// </summary>
public sealed record GradientPair(int Inference, int Forward, int Backward, int NumDOutputs, bool Tape);

/// <summary>A tuple or list in a function's structured outputs.</summary>
public sealed record OutputSequence(bool IsList, EquatableArray<object?> Items);
