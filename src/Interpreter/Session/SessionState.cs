using ScopeFn.Core.Collections;
using ScopeFn.Interpreter.Arrays;
using ScopeFn.Interpreter.Evaluation;

namespace ScopeFn.Interpreter.Session;

/// <summary>
/// What a TF session keeps between runs: the values of its variables, by resource-manager key
/// (a ref variable under its op name or shared_name, a resource variable under its container and
/// shared_name). Immutable: a run returns a new state, so two sessions on one graph, or two
/// branches of one session's history, never share values.
/// </summary>
public sealed record SessionState
{
    public static SessionState Empty { get; } = new();

    public PersistentMap<VariableKey, NdArray> Variables { get; init; } = PersistentMap<VariableKey, NdArray>.Empty;

    public bool IsInitialized(VariableKey key) => Variables.ContainsKey(key);

    /// <summary>The variable's value, or null while it is uninitialized.</summary>
    public NdArray? Read(VariableKey key) => Variables.TryGetValue(key, out var v) ? v : null;

    public SessionState Write(VariableKey key, NdArray value) => this with { Variables = Variables.SetItem(key, value) };

    /// <summary>
    /// Every array this state keeps. A session reuses the buffers of a run's dead intermediates
    /// (<see cref="BufferRecycler"/>) unless they are fetched or listed here, so a field added to
    /// the state that holds arrays must list them here too.
    /// </summary>
    public IEnumerable<NdArray> Arrays() => Variables.ValuesInHashOrder;

    /// <summary>
    /// The Philox blocks each stateful random kernel of this session has reserved so far, by node
    /// name: TF creates one kernel per node per session, and each run continues its stream.
    /// </summary>
    public PersistentMap<string, ulong> RandomOffsets { get; init; } = PersistentMap<string, ulong>.Empty;

    /// <summary>The session's execution plans by run signature (DirectSession's executor cache); never changes a run's result.</summary>
    public ExecutorCache Executors { get; init; } = ExecutorCache.Empty;
}
