using LanguageExt;
using ScopeFn.Core.Errors;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Ops;
using ScopeFn.Core.Scopes;
using ScopeFn.Core.Types;
using Convert = ScopeFn.Core.Ops.Convert;

namespace ScopeFn.Core.Variables;

/// <summary>
/// resource_variable_ops.py <c>ResourceVariable._init_from_args</c> in a graph. Inside
/// <c>init_scope</c> and the name scope <c>S/</c>: <c>S/Initializer/…</c> (a plain value becomes
/// <c>S/Initializer/initial_value</c>), the VarHandleOp <c>S</c>, <c>S/IsInitialized/VarIsInitializedOp</c>,
/// <c>S/Assign</c> (AssignVariableOp, the initializer) and <c>S/Read/ReadVariableOp</c>.
/// </summary>
public static class ResourceVariables
{
    public static Tf<Variable> Create(VariableArgs a)
    {
        if (a.InitialValue is null)
            return Tf.Fail<Variable>(new ValueError(
                "The `initial_value` arg to `tf.Variable` must be specified except when you are not providing a `variable_def`. You provided neither."));
        var trainable = VariableDefaults.Trainable(a.Trainable, a.Synchronization);
        var collections = VariableDefaults.Collections(a.Collections, trainable);
        var fn = a.InitialValue as InitialValueFn;
        IReadOnlyList<object> values = fn is null ? [a.InitialValue] : [];
        return Contexts.InitScope.With(
            from eager in Contexts.EagerMode.ExecutingEagerly
            from created in eager ? EagerVariables.Create(a, trainable, fn) : InGraph(a, trainable, fn, values)
            select created)
            .SelectMany(v => EagerVariables.IsEager(v) ? Tf.Pure(v) : Scopes.CollectionOps.AddToMany(collections, v).Select(_ => v));
    }

    private static Tf<Variable> InGraph(VariableArgs a, bool trainable, InitialValueFn? fn, IReadOnlyList<object> values) =>
            NameScope.V1(a.Name, "Variable", values, scope =>
                from g in DefaultGraph.Current
                let handleName = UniqueName.FromScopeName(scope)
                from created in ClassAttr.Scope(g, handleName,
                    // device(None): the initial value is placed freely (resource_variable_ops.py _init_from_args).
                    from init in NameScope.V1("Initializer", null, null, _ => Devices.DeviceBlocks.Device(null,
                        from v in fn is not null ? fn.Make : Tf.Pure(a.InitialValue!)
                        from t in Convert.ToTensor(v, a.DType, name: "initial_value")
                        select t))
                    from shape in ShapeOf(a, init)
                    from handle in OpApply.Apply1("VarHandleOp", scope, [], Attrs.Of(
                        ("dtype", AttrValue.Of(init.DType)),
                        ("shape", AttrValue.Of(shape)),
                        ("container", AttrValue.Of("")),
                        ("shared_name", AttrValue.Of(handleName)),
                        ("allowed_devices", new AttrValue.ListValue(Seq<AttrValue>.Empty))))
                    select (init, shape, handle))
                from handleDevice in Devices.DeviceBlocks.DeviceOf(created.handle)
                from isInitialized in NameScope.V1("IsInitialized", null, null, _ =>
                    OpApply.Apply1("VarIsInitializedOp", null, [created.handle]))
                // The guard runs inside the Assign scope, so its initialized_value() conds are S/Assign/cond….
                // Assign: colocate_with(None, ignore_existing=True) and device(handle.device).
                from assign in NameScope.V1("Assign", null, null, n => Devices.DeviceBlocks.OnlyDevice(g, handleDevice,
                    from guarded in UninitializedDependencyGuard.Apply(scope, created.init)
                    from op in OpApply.Apply("AssignVariableOp", n, [created.handle, guarded], Attrs.Of(("validate_shape", AttrValue.Of(false))))
                    select op))
                from read in NameScope.V1("Read", null, null, _ =>
                    from value in Devices.DeviceBlocks.Device(handleDevice,
                        OpApply.Apply1("ReadVariableOp", null, [created.handle], Attrs.Of(("dtype", AttrValue.Of(created.init.DType)))))
                    from cached in a.CachingDevice is null ? Tf.Pure(value) : Devices.DeviceBlocks.Device(a.CachingDevice, ArrayOps.Identity(value))
                    select value)
                select new Variable(g, VariableKind.Resource, created.init.DType, created.shape, trainable, created.handle, created.init,
                    assign.Id, assign.Name, read, isInitialized, a.CachingDevice, a.Constraint, a.Synchronization, a.Aggregation)
                { Traceback = a.Traceback });

    internal static Tf<TensorShape> ShapeOf(VariableArgs a, Tensor init)
    {
        if (a.Shape is null) return Tf.Pure(init.Shape);
        return init.Shape.IsCompatibleWith(a.Shape)
            ? Tf.Pure(a.Shape)
            : Tf.Fail<TensorShape>(new ValueError(
                $"In this `tf.Variable` creation, the initial value's shape ({init.Shape}) is not compatible with the explicitly supplied `shape` argument ({a.Shape})."));
    }
}
