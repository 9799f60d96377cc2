using LanguageExt;
using ScopeFn.Core.Errors;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Ops.Initializers;
using ScopeFn.Core.Scopes;
using ScopeFn.Core.Types;
using ScopeFn.Core.Worlds;
using Convert = ScopeFn.Core.Ops.Convert;

namespace ScopeFn.Core.Variables;

/// <summary>
/// <c>tf.compat.v1.get_variable</c> and <c>get_local_variable</c> in graph mode: the current
/// VariableScope fills the defaults (<c>VariableScope.get_variable</c>), then the default graph's
/// shared store decides between reuse and creation (<c>_VariableStore.get_variable</c>).
/// </summary>
public static class GetVariables
{
    public static Tf<IVariableLike> GetVariable(
        string name, TensorShape? shape = null, DType? dtype = null, object? initializer = null, Regularizer? regularizer = null,
        bool? trainable = null, Seq<string>? collections = null, string? cachingDevice = null, Partitioner? partitioner = null,
        bool validateShape = true, bool? useResource = null, CustomGetter? customGetter = null, Constraint? constraint = null,
        VariableSynchronization synchronization = VariableSynchronization.Auto, VariableAggregation aggregation = VariableAggregation.None,
        ScopeFn.Core.Collections.EquatableArray<SourceFrame> traceback = default) =>
        from scope in VariableScopes.Current
        from g in DefaultGraph.Current
        from eager in Contexts.EagerMode.ExecutingEagerly
        // Variable names depend on the variable scope only: the name scope is reset to the root
        // (name_scope(None), which while eager resets the thread's scope_name). Eager execution
        // forces reuse=False and resource variables (VariableScope.get_variable).
        from v in NameScope.V1(null, null, null, _ => InScope(scope, g, dtype, new GetterArgs(
            scope.Name.Length > 0 ? scope.Name + "/" + name : name, shape, dtype ?? scope.DType, initializer, regularizer ?? scope.Regularizer,
            eager ? Reuse.False : scope.Reuse,
            trainable, collections, cachingDevice ?? scope.CachingDevice, partitioner ?? scope.Partitioner, validateShape,
            eager ? true : useResource ?? scope.UseResource, constraint, synchronization, aggregation) { Traceback = traceback }, customGetter ?? scope.CustomGetter))
        select v;

    /// <summary>The same, for the common case where the result is one variable.</summary>
    public static Tf<Variable> Single(string name, TensorShape? shape = null, DType? dtype = null, object? initializer = null,
        Regularizer? regularizer = null, bool? trainable = null, Seq<string>? collections = null, bool? useResource = null) =>
        GetVariable(name, shape, dtype, initializer, regularizer, trainable, collections, useResource: useResource).Select(v => (Variable)v);

    /// <summary>
    /// <c>get_local_variable</c>: trainable False, and LOCAL_VARIABLES appended to the given collections
    /// (so by default the variable is not in GLOBAL_VARIABLES).
    /// </summary>
    public static Tf<IVariableLike> GetLocalVariable(string name, TensorShape? shape = null, DType? dtype = null, object? initializer = null,
        Seq<string>? collections = null, bool? useResource = null) =>
        GetVariable(name, shape, dtype, initializer, trainable: false,
            collections: (collections ?? Seq<string>.Empty).Add(GraphKeys.LocalVariables), useResource: useResource);

    /// <summary>
    /// <c>VariableScope.get_variable</c> after the root name scope is entered: an explicit dtype is
    /// checked against a value initializer (converting it leaves a Const at the root), then the
    /// scope's initializer, constraint and dtype fill what is still None.
    /// </summary>
    private static Tf<IVariableLike> InScope(VariableScope scope, GraphId g, DType? dtype, GetterArgs a, CustomGetter? customGetter) =>
        from checkedDType in dtype is not null && a.Initializer is not null and not Initializer and not InitialValueFn
            ? from t in Convert.ToTensor(a.Initializer)
              from ok in t.DType != dtype
                  ? Tf.Fail<Unit>(new ValueError($"Initializer type '{Str(t.DType)}' and explicit dtype '{Str(dtype)}' don't match."))
                  : Tf.Pure(Unit.Default)
              select ok
            : Tf.Pure(Unit.Default)
        from v in StoreGetVariable(g, a with
        {
            Initializer = a.Initializer ?? scope.Initializer,
            Constraint = a.Constraint ?? scope.Constraint,
        }, customGetter)
        select v;

    /// <summary>Python's <c>str(dtype)</c>: <c>&lt;dtype: 'float32'&gt;</c>.</summary>
    internal static string Str(DType d) => $"<dtype: '{d.Name}'>";

    /// <summary><c>_VariableStore.get_variable</c>: trainable's default, then the custom getter or the true getter.</summary>
    private static Tf<IVariableLike> StoreGetVariable(GraphId g, GetterArgs a, CustomGetter? customGetter)
    {
        var args = a with { Trainable = VariableDefaults.Trainable(a.Trainable, a.Synchronization) };
        Getter trueGetter = x => TrueGetter(g, x);
        return customGetter is null ? trueGetter(args) : customGetter(trueGetter, args);
    }

    /// <summary>
    /// <c>_true_getter</c>: the partitioned path unless the shape is a scalar; a reuse of a known
    /// partitioned variable without a partitioner; the clash with an existing <c>NAME/part_0</c>;
    /// else one variable.
    /// </summary>
    private static Tf<IVariableLike> TrueGetter(GraphId g, GetterArgs a)
    {
        var isScalar = a.Shape is { Rank: 0 };
        if (a.Partitioner is not null && !isScalar)
            return NameScope.InGraph(g, null, _ => PartitionedVariables.Get(g, a));
        return Tf.Read((w, _) => VariableGraphs.Store(w, g)).SelectMany(store =>
        {
            if (a.Reuse == Reuse.True && a.Partitioner is null && store.PartitionedVars.ContainsKey(a.Name))
                return PartitionedVariables.Get(g, a);
            if (store.Vars.ContainsKey(a.Name + "/part_0"))
                return Tf.Fail<IVariableLike>(new ValueError(
                    $"No partitioner was provided, but a partitioned version of the variable was found: {a.Name}/part_0. Perhaps a variable of the same name was already created with partitioning?"));
            return GetSingleVariable(g, a, null).Select(v => (IVariableLike)v);
        });
    }

    /// <summary><c>_get_single_variable</c>, in TF's order of checks (spec §4.3).</summary>
    internal static Tf<Variable> GetSingleVariable(GraphId g, GetterArgs a, PartitionInfo? partitionInfo)
    {
        var fromValue = a.Initializer is not null and not Initializer and not InitialValueFn;
        if (a.Shape is not null && fromValue) return Tf.Fail<Variable>(new ValueError("If initializer is a constant, do not specify shape."));
        return Tf.Read((w, t) => (Store: VariableGraphs.Store(w, g), Eager: Contexts.EagerMode.IsEager(w, t))).SelectMany(x =>
        {
            var store = x.Store;
            // Without an EagerVariableStore nothing is stored while eager: every call creates a new variable.
            if (x.Eager) return Create(g, a, partitionInfo, keep: false);
            if (store.Vars.Find(a.Name).MatchUnsafe(v => v, () => (Variable?)null) is { } found) return Existing(a, found);
            if (a.Reuse == Reuse.True)
                return Tf.Fail<Variable>(new ValueError(
                    $"Variable {a.Name} does not exist, or was not created with tf.get_variable(). Did you mean to set reuse=tf.AUTO_REUSE in VarScope?"));
            return Create(g, a, partitionInfo);
        });
    }

    private static Tf<Variable> Existing(GetterArgs a, Variable found)
    {
        if (a.Reuse == Reuse.False)
        {
            var message = $"Variable {a.Name} already exists, disallowed. Did you mean to set reuse=True or reuse=tf.AUTO_REUSE in VarScope?";
            // Resource variables have no op traceback to show; a ref variable's message goes on with
            // the creating op's Python stack as traceback.format_list prints it.
            return Tf.Fail<Variable>(new ValueError(found.Kind == VariableKind.Ref
                ? message + " Originally defined at:\n\n" + SourceFrames.FormatList(SourceFrames.TrimForAlreadyExists(found.Traceback))
                : message));
        }
        if (a.Shape is not null && !a.Shape.IsCompatibleWith(found.Shape))
            return Tf.Fail<Variable>(new ValueError($"Trying to share variable {a.Name}, but specified shape {a.Shape} and found shape {found.Shape}."));
        if (a.DType != found.DType)
            return Tf.Fail<Variable>(new ValueError($"Trying to share variable {a.Name}, but specified dtype {a.DType.Name} and found dtype {found.DTypeName}."));
        return Tf.Pure(found);
    }

    private static Tf<Variable> Create(GraphId g, GetterArgs a, PartitionInfo? partitionInfo, bool keep = true)
    {
        var initializer = a.Initializer;
        if (initializer is null)
        {
            if (a.Shape is null)
                return Tf.Fail<Variable>(new ValueError($"Variable {a.Name} did not get an initializer, so its `shape` argument must be specified."));
            var d = a.DType;
            if (d.IsFloating) initializer = VarianceScalingInitializer.GlorotUniform();
            else if (d.IsInteger || d.IsBool || d.IsString) initializer = new ZerosInitializer();
            else return Tf.Fail<Variable>(new ValueError($"An initializer for variable {a.Name} of {Str(d)} is required"));
        }
        object initialValue;
        Types.DType? variableDType;
        switch (initializer)
        {
            case Initializer init when a.Shape is { IsFullyDefined: true } shape:
                var dims = shape.Dims!.Value.Select(x => x!.Value).ToArray();
                initialValue = InitialValueFn.Of(init.Call(dims, a.DType, partitionInfo));
                variableDType = a.DType;
                break;
            case Initializer:
                return Tf.Fail<Variable>(new ValueError(
                    "The initializer passed is not valid. It should be a callable with no arguments and the shape should not be provided or an instance of `tf.keras.initializers.*' and `shape` should be fully defined."));
            case InitialValueFn fn:
                initialValue = fn;
                variableDType = null;
                break;
            default:
                initialValue = initializer;
                variableDType = null;
                break;
        }
        return from byDefault in Tf.Read((w, _) => w.Variables.DefaultUseResource)
               let args = new VariableArgs(initialValue)
               {
                   Name = a.Name, Trainable = a.Trainable, Collections = a.Collections, CachingDevice = a.CachingDevice,
                   DType = variableDType, ValidateShape = a.ValidateShape, Constraint = a.Constraint,
                   UseResource = a.UseResource ?? byDefault, Synchronization = a.Synchronization, Aggregation = a.Aggregation,
                   Traceback = a.Traceback,
               }
               from v in TfVariable.V1(args)
               from stored in keep ? Tf.Of(w => Result.Ok(VariableGraphs.UpdateStore(w, g, s => s with { Vars = s.Vars.Add(a.Name, v) }))) : Tf.Done
               from loss in keep ? Regularize(g, a, v) : Tf.Done
               select v;
    }

    /// <summary>
    /// The regularizer runs once bare (at the root scope, only to test for None), then again under
    /// <c>colocate_with(v)</c> and the absolute scope <c>NAME/Regularizer/</c>; that tensor joins REGULARIZATION_LOSSES.
    /// </summary>
    private static Tf<Unit> Regularize(GraphId g, GetterArgs a, Variable v) =>
        a.Regularizer is not { } regularizer
            ? Tf.Done
            : from probe in regularizer(v)
              from u in probe is null
                  ? Tf.Done
                  : from master in ClassAttr.Scope(g, v.OpName, NameScope.InGraph(g, a.Name + "/Regularizer/", _ => regularizer(v)))
                    from added in Scopes.CollectionOps.Add(GraphKeys.RegularizationLosses, master!)
                    select added
              select u;
}
