using ScopeFn.Core.Collections;
using ScopeFn.Core.Worlds;

namespace ScopeFn.Core.Variables;

/// <summary>
/// The variable-related part of TF's process state: every VariableScope object by id (their
/// attributes can change), each (graph, thread)'s scope store, each graph's variable store, and
/// variable_scope.py's <c>_DEFAULT_USE_RESOURCE</c> (True under TF 2.x behaviour; False after
/// <c>disable_resource_variables()</c> / <c>disable_v2_behavior()</c>).
/// </summary>
public sealed record VariableState(
    PersistentMap<int, VariableScope> Scopes,
    int LastScopeId,
    PersistentMap<(GraphId, ThreadId), VariableScopeStore> ScopeStores,
    PersistentMap<GraphId, VariableStore> Stores,
    bool DefaultUseResource)
{
    public static VariableState Initial { get; } = new(
        PersistentMap<int, VariableScope>.Empty, 0, PersistentMap<(GraphId, ThreadId), VariableScopeStore>.Empty,
        PersistentMap<GraphId, VariableStore>.Empty, DefaultUseResource: true);

    /// <summary>Each template's mutable part (template.py keeps it on the Template object), by template id.</summary>
    public PersistentMap<int, TemplateState> Templates { get; init; } = PersistentMap<int, TemplateState>.Empty;

    /// <summary>
    /// control_flow_util.py <c>ENABLE_CONTROL_FLOW_V2</c>: True under TF 2.x behaviour; False after
    /// <c>disable_control_flow_v2()</c> / <c>disable_v2_behavior()</c>. Decides whether <c>cond</c>
    /// (and so a ref variable's <c>initialized_value()</c>) builds v1 Switch/Merge ops or cond_v2's If.
    /// </summary>
    public bool ControlFlowV2 { get; init; } = true;

    /// <summary>Every <c>EagerVariableStore</c>'s store, by id (they live as long as the Python object).</summary>
    public PersistentMap<int, VariableStore> EagerStores { get; init; } = PersistentMap<int, VariableStore>.Empty;

    /// <summary>
    /// The eager store a graph's <c>("__variable_store",)</c> collection holds while
    /// <c>EagerVariableStore.as_default()</c> is active (with_variable_store swaps the collection's content).
    /// </summary>
    public PersistentMap<GraphId, int> ActiveEagerStores { get; init; } = PersistentMap<GraphId, int>.Empty;

    /// <summary>The store get_variable uses for a graph: the active eager store, else the graph's own.</summary>
    public VariableStore Store(GraphId graph) =>
        ActiveEagerStores.TryGetValue(graph, out var eager) ? EagerStores[eager] : Stores.GetValueOrDefault(graph, VariableStore.Empty);

    public VariableState WithStore(GraphId graph, VariableStore store) =>
        ActiveEagerStores.TryGetValue(graph, out var eager)
            ? this with { EagerStores = EagerStores.SetItem(eager, store) }
            : this with { Stores = Stores.SetItem(graph, store) };

    public VariableScope Scope(int id) => Scopes[id];

    public VariableState WithScope(VariableScope scope) => this with { Scopes = Scopes.SetItem(scope.Id, scope) };

    /// <summary>Registers a new scope object under a fresh id.</summary>
    public (VariableState State, VariableScope Scope) NewScope(Func<int, VariableScope> make)
    {
        var scope = make(LastScopeId + 1);
        var next = this with { LastScopeId = scope.Id };
        return (next.WithScope(scope), scope);
    }

    /// <summary>
    /// <c>get_variable_scope_store()</c>: the thread's store for the graph, created on first use
    /// with a fresh root scope <c>VariableScope(False)</c> (spec §12: every thread starts at the root).
    /// </summary>
    public (VariableState State, VariableScopeStore Store) ScopeStore(GraphId graph, ThreadId thread)
    {
        if (ScopeStores.TryGetValue((graph, thread), out var found)) return (this, found);
        var (next, root) = NewScope(id => new VariableScope(id, "", "", Reuse.False));
        var store = new VariableScopeStore(root.Id, LanguageExt.HashMap<LanguageExt.ClassInstances.EqString, string, int>.Empty);
        return (next.WithScopeStore(graph, thread, store), store);
    }

    public VariableState WithScopeStore(GraphId graph, ThreadId thread, VariableScopeStore store) =>
        this with { ScopeStores = ScopeStores.SetItem((graph, thread), store) };
}
