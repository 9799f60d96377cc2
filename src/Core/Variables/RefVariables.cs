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
/// variables.py <c>RefVariable._init_from_args</c> in a graph. Inside <c>init_scope</c> (outer
/// control dependencies dropped) and the name scope <c>S/</c> = <c>name</c> or <c>Variable</c>:
/// the initial value (<c>S/initial_value</c>, or <c>S/Initializer/…</c> for a callable), the
/// VariableV2 op <c>S</c>, the guard against uninitialized dependencies
/// (<see cref="UninitializedDependencyGuard"/>), <c>S/Assign</c> (the initializer) and the snapshot <c>S/read</c>.
/// </summary>
public static class RefVariables
{
    public static Tf<Variable> Create(VariableArgs a)
    {
        if (a.InitialValue is null) return Tf.Fail<Variable>(new ValueError("initial_value must be specified."));
        var trainable = VariableDefaults.Trainable(a.Trainable, a.Synchronization);
        var collections = VariableDefaults.Collections(a.Collections, trainable);
        var fn = a.InitialValue as InitialValueFn;
        IReadOnlyList<object> values = fn is null ? [a.InitialValue] : [];
        return Contexts.InitScope.With(
            NameScope.V1(a.Name, "Variable", values, scope =>
                from g in DefaultGraph.Current
                from created in fn is not null
                    ? ClassAttr.Scope(g, UniqueName.FromScopeName(scope),
                        from init in NameScope.V1("Initializer", null, null, _ => Devices.DeviceBlocks.Device(null,
                            from v in fn.Make
                            from t in Convert.ToTensor(v, a.DType, name: "initial_value")
                            select t))
                        from op in VariableOp(a, init, scope)
                        select (init, op))
                    : from init in Convert.ToTensor(a.InitialValue, a.DType, name: "initial_value")
                      from op in VariableOp(a, init, scope)
                      select (init, op)
                from v in Finish(a, g, created.init, created.op, trainable, scope)
                select v))
            .SelectMany(v => Scopes.CollectionOps.AddToMany(collections, v).Select(_ => v));
    }

    private static Tf<Operation> VariableOp(VariableArgs a, Tensor init, string scope) =>
        OpApply.Apply("VariableV2", scope, [], Attrs.Of(
            ("shape", AttrValue.Of(a.Shape ?? (a.ValidateShape ? init.Shape : TensorShape.Unknown))),
            ("dtype", AttrValue.Of(init.DType)),
            ("container", AttrValue.Of("")),
            ("shared_name", AttrValue.Of(""))));

    private static Tf<Variable> Finish(VariableArgs a, Worlds.GraphId g, Tensor init, Operation variableOp, bool trainable, string scope)
    {
        if (a.ValidateShape && !init.Shape.IsFullyDefined)
            return Tf.Fail<Variable>(new ValueError($"initial_value must have a shape specified: {init}"));
        var handle = variableOp.Output(0);
        var name = variableOp.Name;
        // Assign has a ref input, so op_def_library colocates it with the variable; read is colocated explicitly.
        // The initializer assigns the guarded initial value; v.initial_value stays the original.
        return from guarded in UninitializedDependencyGuard.Apply(scope, init)
               from assign in ClassAttr.Scope(g, name, Devices.DeviceBlocks.ColocatedWith(g, variableOp.Device, OpApply.Apply("Assign", null, [handle, guarded], Attrs.Of(
                   ("validate_shape", AttrValue.Of(a.ValidateShape)), ("use_locking", AttrValue.Of(true))))))
               // read: identity under device(caching_device), else colocated with the variable.
               from read in a.CachingDevice is { } caching
                   ? Devices.DeviceBlocks.Device(caching, ArrayOps.Identity(handle, "read"))
                   : ClassAttr.Scope(g, name, Devices.DeviceBlocks.ColocatedWith(g, variableOp.Device, ArrayOps.Identity(handle, "read")))
               select new Variable(g, VariableKind.Ref, init.DType, handle.Shape, trainable, handle, init, assign.Id, assign.Name,
                   read, null, a.CachingDevice, a.Constraint, a.Synchronization, a.Aggregation) { Traceback = a.Traceback };
    }
}
