using LanguageExt;
using ScopeFn.Core.Errors;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Scopes;
using ScopeFn.Core.Types;
using ScopeFn.Core.Worlds;

namespace ScopeFn.Core.Variables;

/// <summary>
/// <c>tf.compat.v1.variable_scope</c> in graph mode (variable_scope.py <c>variable_scope</c>,
/// <c>_pure_variable_scope</c>), <c>get_variable_scope()</c> and the VariableScope mutators.
/// </summary>
public static class VariableScopes
{
    /// <summary><c>get_variable_scope()</c>: the thread's current scope in the default graph (the root on first use).</summary>
    public static Tf<VariableScope> Current { get; } =
        from g in DefaultGraph.Current
        from s in Tf.Of<VariableScope>((w, t) =>
        {
            var (state, store) = w.Variables.ScopeStore(VariableGraphs.Owner(w, g), t);
            return Result.Ok(w with { Variables = state }, state.Scope(store.CurrentScope));
        })
        select s;

    /// <summary>The latest attributes of a scope object the caller holds.</summary>
    public static Tf<VariableScope> Refresh(VariableScope scope) => Tf.Read((w, _) => w.Variables.Scope(scope.Id));

    /// <summary><c>scope.reuse_variables()</c>: reuse=True on that object, for good.</summary>
    public static Tf<Unit> ReuseVariables(VariableScope scope) => Update(scope, s => s with { Reuse = Reuse.True });

    public static Tf<Unit> SetInitializer(VariableScope scope, object? initializer) => Update(scope, s => s with { Initializer = initializer });
    public static Tf<Unit> SetDType(VariableScope scope, DType dtype) => Update(scope, s => s with { DTypeOrNull = dtype });
    public static Tf<Unit> SetUseResource(VariableScope scope, bool useResource) => Update(scope, s => s with { UseResource = useResource });
    public static Tf<Unit> SetRegularizer(VariableScope scope, Regularizer? regularizer) => Update(scope, s => s with { Regularizer = regularizer });
    public static Tf<Unit> SetCachingDevice(VariableScope scope, string? device) => Update(scope, s => s with { CachingDevice = device });
    public static Tf<Unit> SetPartitioner(VariableScope scope, Partitioner? partitioner) => Update(scope, s => s with { Partitioner = partitioner });

    /// <summary><c>set_custom_getter</c>: plain replacement, no chaining.</summary>
    public static Tf<Unit> SetCustomGetter(VariableScope scope, CustomGetter? getter) => Update(scope, s => s with { CustomGetter = getter });

    private static Tf<Unit> Update(VariableScope scope, Func<VariableScope, VariableScope> change) =>
        Tf.Of(w => Result.Ok(w with { Variables = w.Variables.WithScope(change(w.Variables.Scope(scope.Id))) }));

    /// <summary>
    /// <c>with tf.compat.v1.variable_scope(…) as scope:</c> — argument checks, the graph made
    /// default, the auxiliary name scope, then the pure variable scope; each is undone on exit,
    /// also when the body fails.
    /// </summary>
    public static Tf<T> With<T>(VariableScopeArgs a, Func<VariableScope, Tf<T>> body) => Tf.Bracket(Enter(a), body);

    /// <summary>Entering <c>tf.compat.v1.variable_scope(…)</c>, shared by <see cref="With{T}(VariableScopeArgs, Func{VariableScope, Tf{T}})"/> and the C# shell.</summary>
    public static Enter<VariableScope> Enter(VariableScopeArgs a)
    {
        if (a.DefaultName is null && a.NameOrScope is null)
            return Enters.Fail<VariableScope>(new TypeError("If default_name is None then name_or_scope is required"));
        var reuse = a.Reuse == Reuse.False ? null : a.Reuse;
        if (reuse is not (null or Reuse.True or Reuse.AutoReuse))
            return Enters.Fail<VariableScope>(new ValueError("The reuse parameter must be True or False or None."));
        return Enters.After(
            from current in DefaultGraph.Current
            from graph in Tf.Of<GraphId>(w => NameScope.GraphOfInputs(a.Values ?? [], current).Match(
                g => Result.Ok(w, g), e => Result.Fail<GraphId>(w, e)))
            from building in Tf.Read((w, _) => w.Graph(current).BuildingFunction)
            from eager in Contexts.EagerMode.ExecutingEagerly
            select (graph, building, eager),
            x => a.AuxiliaryNameScope is not bool aux
                ? Enters.Fail<VariableScope>(new TypeError($"The auxiliary_name_scope must be `True` or `False`, while get {PyText(a.AuxiliaryNameScope)}"))
                // Neither a function graph nor eager execution (variable_scope's _in_graph_mode) enters the graph.
                : x.building || x.eager
                    ? EnterUncached(a, reuse, aux)
                    : Enters.Nest(DefaultGraph.EnterAsDefault(x.graph), _ => EnterUncached(a, reuse, aux)));
    }

    /// <summary>Shorthand for <c>variable_scope(name_or_scope)</c> with every other argument at its default.</summary>
    public static Tf<T> With<T>(object? nameOrScope, Func<VariableScope, Tf<T>> body) => With(new VariableScopeArgs(nameOrScope), body);

    /// <summary><c>tf.compat.v1.variable_op_scope(values, name_or_scope, default_name)</c>: a deprecated alias of variable_scope.</summary>
    public static Tf<T> VariableOpScope<T>(IReadOnlyList<object>? values, object? nameOrScope, string? defaultName, Func<VariableScope, Tf<T>> body) =>
        With(new VariableScopeArgs(nameOrScope) { Values = values, DefaultName = defaultName }, body);

    private static Enter<VariableScope> EnterUncached(VariableScopeArgs a, Reuse? reuse, bool aux) =>
        Enters.After(
            from g in DefaultGraph.Current
            from current in Contexts.EagerNameScope.CurrentInAnyMode
            select (g, current),
            x =>
            {
                // auxiliary_name_scope=False re-enters the current name scope absolutely instead of opening one.
                var reentered = x.current.Length > 0 ? x.current + "/" : "";
                return a.NameOrScope switch
                {
                    null => reuse.IsTruthy()
                        ? Enters.Fail<VariableScope>(new ValueError("reuse=True cannot be used without a name_or_scope"))
                        : Enters.Nest(Contexts.EagerNameScope.EnterInGraphOrEager(x.g, aux ? a.DefaultName : reentered), entered =>
                            Enters.After(UniqueDefaultName(a.DefaultName!), unique => Pure(a, unique, null, entered))),
                    VariableScope captured => Enters.After(Refresh(captured), latest => NamedIn(a, latest, reuse, aux, x.g, reentered)),
                    string name => NamedIn(a, name, reuse, aux, x.g, reentered),
                    _ => Enters.Fail<VariableScope>(new TypeError("VariableScope: name_or_scope must be a string or VariableScope.")),
                };
            });

    private static Enter<VariableScope> NamedIn(VariableScopeArgs a, object nameOrScope, Reuse? reuse, bool aux, GraphId g, string reentered)
    {
        // A captured scope opens a name scope named after its last component, relative to the current one.
        var nameScope = nameOrScope is VariableScope vs ? vs.Name.Split('/')[^1] : (string)nameOrScope;
        if (nameScope.Length == 0 && aux) return Pure(a, nameOrScope, reuse, null);
        return Enters.Nest(Contexts.EagerNameScope.EnterInGraphOrEager(g, aux ? nameScope : reentered), entered =>
            Pure(a, nameOrScope, reuse, nameOrScope is VariableScope captured ? captured.OriginalNameScope : entered));
    }

    /// <summary>
    /// <c>_pure_variable_scope(name, custom_getter=…)</c> alone, without a name scope, as
    /// <c>make_template(create_scope_now_=True)</c> enters it; its dtype argument defaults to float32.
    /// </summary>
    internal static Tf<T> PureScope<T>(string name, CustomGetter? customGetter, Func<VariableScope, Tf<T>> body) =>
        Tf.Bracket(Pure(new VariableScopeArgs(name) { CustomGetter = customGetter, DType = DType.Float32 }, name, null, null), body);

    /// <summary>
    /// variable_scope.py <c>_get_unique_variable_scope(prefix)</c>: <c>prefix</c> if its full name was
    /// never opened here, else the first <c>prefix_k</c> (k ≥ 1) whose counter is 0.
    /// </summary>
    public static Tf<string> UniqueDefaultName(string prefix) =>
        from g in DefaultGraph.Current
        from name in Tf.Of<string>((w, t) =>
        {
            var (state, store) = w.Variables.ScopeStore(VariableGraphs.Owner(w, g), t);
            var current = state.Scope(store.CurrentScope);
            var full = current.Name.Length > 0 ? current.Name + "/" + prefix : prefix;
            var unique = prefix;
            if (store.Count(full) > 0)
            {
                var k = 1;
                while (store.Count(full + "_" + k.ToString(System.Globalization.CultureInfo.InvariantCulture)) > 0) k++;
                unique = prefix + "_" + k.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            return Result.Ok(w with { Variables = state }, unique);
        })
        select name;

    /// <summary>
    /// <c>_pure_variable_scope</c>. A string extends the current scope, inherits its defaults and
    /// reuse (which an argument can only switch on) and resets its children's counters on exit; a
    /// captured scope is copied (its own reuse unless the argument is truthy) and every counter is
    /// restored on exit to the snapshot taken on entry.
    /// </summary>
    private static Enter<VariableScope> Pure(VariableScopeArgs a, object nameOrScope, Reuse? reuse, string? oldNameScope) =>
        Enters.After<GraphId, VariableScope>(DefaultGraph.Current, g => (w, t) =>
        {
            var (state, store) = w.Variables.ScopeStore(VariableGraphs.Owner(w, g), t);
            var old = state.Scope(store.CurrentScope);
            VariableScope Make(int id) => nameOrScope is VariableScope vs
                ? Override(a, new VariableScope(id, vs.Name, vs.OriginalNameScope, reuse.IsTruthy() ? reuse!.Value : vs.Reuse, vs.Initializer,
                    vs.Regularizer, vs.CachingDevice, vs.Partitioner, vs.CustomGetter, vs.DTypeOrNull, vs.UseResource, a.Constraint), vs.CustomGetter)
                : Override(a, new VariableScope(id, Extend(old.Name, (string)nameOrScope), oldNameScope ?? (string)nameOrScope, reuse.Or(old.Reuse),
                    old.Initializer, old.Regularizer, old.CachingDevice, old.Partitioner, old.CustomGetter, old.DTypeOrNull, old.UseResource,
                    a.Constraint), old.CustomGetter);
            var (next, scope) = state.NewScope(Make);
            var opened = store.Open(scope.Name);
            var snapshot = opened.Counts;
            next = next.WithScopeStore(VariableGraphs.Owner(w, g), t, opened with { CurrentScope = scope.Id });
            World Restore(World after)
            {
                var (s, now) = after.Variables.ScopeStore(VariableGraphs.Owner(after, g), t);
                var restored = nameOrScope is VariableScope
                    ? now with { Counts = snapshot, CurrentScope = old.Id }
                    : now.CloseSubscopes(scope.Name) with { CurrentScope = old.Id };
                return after with { Variables = s.WithScopeStore(VariableGraphs.Owner(after, g), t, restored) };
            }
            return Result.Ok(w with { Variables = next }, new Entered<VariableScope>(scope, Restore));
        });

    private static string Extend(string parent, string name) => parent.Length > 0 ? parent + "/" + name : name;

    /// <summary>The arguments that replace inherited values when not None; a custom getter chains onto the inherited one.</summary>
    private static VariableScope Override(VariableScopeArgs a, VariableScope s, CustomGetter? inheritedGetter) => s with
    {
        Initializer = a.Initializer ?? s.Initializer,
        Regularizer = a.Regularizer ?? s.Regularizer,
        CachingDevice = a.CachingDevice ?? s.CachingDevice,
        Partitioner = a.Partitioner ?? s.Partitioner,
        CustomGetter = a.CustomGetter is null ? s.CustomGetter : CustomGetters.Wrap(a.CustomGetter, inheritedGetter),
        DTypeOrNull = a.DType ?? s.DTypeOrNull,
        UseResource = a.UseResource ?? s.UseResource,
    };

    private static string PyText(object value) => value switch
    {
        string s => s,
        _ => Types.TensorLiteral.PyRepr(value),
    };
}
