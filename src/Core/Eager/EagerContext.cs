using ScopeFn.Core.Collections;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Worlds;

namespace ScopeFn.Core.Eager;

/// <summary>
/// The process-level half of context.py's <c>Context</c>: the default execution mode, the executor
/// with its state, the values of EagerTensors, the global seed, and each thread's eager
/// <c>scope_name</c>. The per-thread mode itself lives on the thread's context-switch log
/// (<see cref="Contexts.EagerMode"/>).
/// </summary>
public sealed record EagerContext
{
    /// <summary>
    /// The context of <see cref="World.Empty"/>: a process in graph mode (as after
    /// <c>disable_eager_execution()</c>), which is what the core's graph-building programs assume.
    /// A TF 2.x process, eager from the start, is <see cref="Contexts.EagerMode.Tf2Process"/>.
    /// </summary>
    public static EagerContext Initial { get; } = new();

    /// <summary>
    /// EagerTensors carry this graph id: they belong to no graph, and their <c>OpId</c> is the
    /// executing call's uid, so each value is found in <see cref="Values"/>.
    /// </summary>
    public static GraphId Graph { get; } = new(-1);

    /// <summary><c>context.default_execution_mode == EAGER_MODE</c>.</summary>
    public bool DefaultEager { get; init; }

    /// <summary>Null until a runtime is supplied; eager ops then fail with a clear error instead of guessing.</summary>
    public IEagerExecutor? Executor { get; init; }

    public PersistentMap<EagerTensorKey, EagerValue> Values { get; init; } = PersistentMap<EagerTensorKey, EagerValue>.Empty;

    /// <summary>The id of the last eager call: the address of its outputs' values.</summary>
    public int LastId { get; init; }

    /// <summary>
    /// The last value of the process's one uid counter (pywrap_tfe_src.cc <c>get_uid</c>): every
    /// EagerTensor takes one when it is made (pywrap_tensor.cc <c>EagerTensorFromHandle</c>), and
    /// <c>ops.uid()</c> (<c>TFE_Py_UID</c>) takes one for graph keys, function names
    /// (<c>__inference_</c>, <c>__forward_</c>, <c>__backward_</c>), captured EagerTensors' names
    /// and eager variables' unique ids.
    /// </summary>
    public long LastUid { get; init; }

    /// <summary><c>context.global_seed()</c>: set by <c>tf.random.set_seed</c> while eager.</summary>
    public long? GlobalSeed { get; init; }

    /// <summary>Each thread's <c>context.scope_name</c> ("" when absent).</summary>
    public PersistentMap<ThreadId, string> ScopeNames { get; init; } = PersistentMap<ThreadId, string>.Empty;

    /// <summary>Eager ops some tape recorded, kept so tape gradients can replay them; unrecorded ops are not kept.</summary>
    public PersistentMap<int, Operation> RecordedOps { get; init; } = PersistentMap<int, Operation>.Empty;

    /// <summary>
    /// The VarHandleOp call ids of trainable eager variables: eager variables are in no collection,
    /// yet a tape watching accessed variables watches only trainable ones (<c>variable_accessed</c>).
    /// </summary>
    public PersistentSet<int> TrainableHandles { get; init; } = PersistentSet<int>.Empty;

    public string ScopeName(ThreadId thread) => ScopeNames.GetValueOrDefault(thread, "");

    public EagerContext WithScopeName(ThreadId thread, string scope) =>
        this with { ScopeNames = scope.Length == 0 ? ScopeNames.Remove(thread) : ScopeNames.SetItem(thread, scope) };

    public static bool IsEager(Tensor t) => t.Graph == Graph;

    public EagerValue? Value(Tensor t) => Values.TryGetValue(new EagerTensorKey(t.OpId, t.Index), out var v) ? v : null;
}

/// <summary>An EagerTensor's address: the uid of the call that produced it and its output index.</summary>
public readonly record struct EagerTensorKey(int CallId, int Index);
