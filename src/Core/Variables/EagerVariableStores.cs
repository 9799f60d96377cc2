using LanguageExt;
using ScopeFn.Core.Errors;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Scopes;
using ScopeFn.Core.Worlds;

namespace ScopeFn.Core.Variables;

/// <summary>
/// variable_scope.py <c>EagerVariableStore</c>: a variable store that keeps variables created while
/// eager. <c>as_default()</c> makes it the default graph's <c>("__variable_store",)</c> collection
/// for the block (<c>with_variable_store</c>), where get_variable works with AUTO_REUSE semantics.
/// A store is named by its id; its contents live in <see cref="VariableState.EagerStores"/>.
/// </summary>
public static class EagerVariableStores
{
    /// <summary><c>EagerVariableStore()</c>: a new, empty store that stores eager variables.</summary>
    public static Tf<int> New { get; } = Tf.Of(w =>
    {
        var id = w.Variables.EagerStores.Count + 1;
        var store = VariableStore.Empty with { StoreEagerVariables = true };
        return Result.Ok(w with { Variables = w.Variables with { EagerStores = w.Variables.EagerStores.SetItem(id, store) } }, id);
    });

    /// <summary>
    /// <c>with store.as_default():</c> on the thread's default graph (the global graph while eager):
    /// the collection holds this store for the block; the exit puts back what it held before.
    /// </summary>
    public static Enter<Unit> EnterAsDefault(int store) => (w, t) =>
    {
        var current = DefaultGraph.Get(w, t);
        w = current.World;
        var graph = VariableGraphs.Owner(w, current.Value);
        var previous = w.Variables.ActiveEagerStores.TryGetValue(graph, out var p) ? p : (int?)null;
        var next = w with { Variables = w.Variables with { ActiveEagerStores = w.Variables.ActiveEagerStores.SetItem(graph, store) } };
        World Restore(World after) => after with
        {
            Variables = after.Variables with
            {
                ActiveEagerStores = previous is { } old
                    ? after.Variables.ActiveEagerStores.SetItem(graph, old)
                    : after.Variables.ActiveEagerStores.Remove(graph),
            },
        };
        return Result.Ok(next, new Entered<Unit>(Unit.Default, Restore));
    };

    /// <summary><c>variables()</c>: every stored variable, sorted by name.</summary>
    public static Tf<Seq<Variable>> Variables(int store) => Sorted(store, _ => true);

    /// <summary><c>trainable_variables()</c>, sorted by name.</summary>
    public static Tf<Seq<Variable>> TrainableVariables(int store) => Sorted(store, v => v.Trainable);

    /// <summary><c>non_trainable_variables()</c>, sorted by name.</summary>
    public static Tf<Seq<Variable>> NonTrainableVariables(int store) => Sorted(store, v => !v.Trainable);

    private static Tf<Seq<Variable>> Sorted(int store, Func<Variable, bool> keep) =>
        Tf.Read((w, _) => w.Variables.EagerStores[store].Vars.Values.Filter(keep)
            .OrderBy(v => v.Name, StringComparer.Ordinal).ToSeq());

    /// <summary>
    /// <c>copy()</c>: a new store whose variables are new ResourceVariables under the same keys, named
    /// like the originals (without <c>:0</c>), holding their current values, equally trainable.
    /// </summary>
    public static Tf<int> Copy(int store) =>
        from entries in Tf.Read((w, _) => w.Variables.EagerStores[store].Vars.ToSeq())
        from copy in New
        from u in Tf.ForEach(entries, entry =>
            from value in TfVariable.ReadValue(entry.Value)
            from v in TfVariable.V2(new VariableArgs(value) { Name = StripOutputIndex(entry.Value.Name), Trainable = entry.Value.Trainable })
            from stored in Tf.Of(w => Result.Ok(Update(w, copy, s => s with { Vars = s.Vars.Add(entry.Key, v) }), Unit.Default))
            select stored)
        select copy;

    /// <summary>
    /// <c>_get_single_variable</c> while an EagerVariableStore is active: the new variable joins the
    /// given collections (GLOBAL_VARIABLES when none) and, when trainable, TRAINABLE_VARIABLES.
    /// </summary>
    internal static Tf<Unit> AddToCollections(Variable v, Seq<string>? collections) =>
        from listed in collections is { IsEmpty: false } keys ? CollectionOps.AddToMany(keys, v) : CollectionOps.Add(GraphKeys.GlobalVariables, v)
        from trainable in v.Trainable ? CollectionOps.Add(GraphKeys.TrainableVariables, v) : Tf.Done
        select trainable;

    private static World Update(World w, int store, Func<VariableStore, VariableStore> change) =>
        w with { Variables = w.Variables with { EagerStores = w.Variables.EagerStores.SetItem(store, change(w.Variables.EagerStores[store])) } };

    private static string StripOutputIndex(string name) => name.IndexOf(':') is var i and >= 0 ? name[..i] : name;
}
