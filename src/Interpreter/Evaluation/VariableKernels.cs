using ScopeFn.Core.Graphs;
using ScopeFn.Core.Types;
using ScopeFn.Interpreter.Arrays;
using ScopeFn.Interpreter.Kernels;
using ScopeFn.Interpreter.Session;

namespace ScopeFn.Interpreter.Evaluation;

/// <summary>
/// Kernels of the variable ops (state_ops, resource_variable_ops): a ref variable is addressed by
/// its shared_name or node name, a resource variable by container and shared_name, as TF's
/// resource manager keys them; values live in the session state.
/// </summary>
internal static class VariableKernels
{
    public static KernelTable Register(KernelTable table) => table
        .With("VariableV2", KernelDef.Of(c => Out(c, new RuntimeValue.VariableRef(Key(c), c.TypeAttr("dtype")!))))
        .With("Assign", KernelDef.WithRefInputs(Assign, 0))
        .With("AssignAdd", KernelDef.WithRefInputs(c => DenseUpdate(c, VariableUpdates.AssignAdd), 0))
        .With("AssignSub", KernelDef.WithRefInputs(c => DenseUpdate(c, VariableUpdates.AssignSub), 0))
        .With("IsVariableInitialized", KernelDef.WithRefInputs(c => One(c, NdArray.Scalar(c.State.IsInitialized(RefKey(c, 0)))), 0))
        .With("VarHandleOp", KernelDef.Of(c => Out(c, new RuntimeValue.ResourceHandle(Key(c), c.TypeAttr("dtype")!))))
        .With("AssignVariableOp", KernelDef.Of(c => KernelResult<KernelOutput>.Ok(KernelOutput.Of(
            VariableUpdates.AssignVariable(c.State, HandleKey(c, 0), c.Array(1))))))
        .With("ReadVariableOp", KernelDef.Of(c => One(c, VariableUpdates.ReadVariable(c.State, HandleKey(c, 0)))))
        .With("VarIsInitializedOp", KernelDef.Of(c => One(c, NdArray.Scalar(c.State.IsInitialized(HandleKey(c, 0))))));

    /// <summary>TF keys a variable by its <c>shared_name</c>, or by the node name when that is empty.</summary>
    private static VariableKey Key(KernelContext c)
    {
        var container = c.Op.Attr("container") is AttrValue.StringValue { Value.Length: > 0 } k ? k.Value : VariableKey.DefaultContainer;
        var shared = c.Op.Attr("shared_name") is AttrValue.StringValue { Value.Length: > 0 } s ? s.Value : c.Op.Name;
        return new VariableKey(container, shared);
    }

    private static VariableKey RefKey(KernelContext c, int input) =>
        c.Inputs[input] is RuntimeValue.VariableRef r ? r.Key : throw Kernel.Invalid($"input {input} of {c.Op.Name} is not a variable reference");

    private static VariableKey HandleKey(KernelContext c, int input) =>
        c.Inputs[input] is RuntimeValue.ResourceHandle h ? h.Key : throw Kernel.Invalid($"input {input} of {c.Op.Name} is not a resource handle");

    /// <summary>Assign: validate_shape against the variable's declared shape; the output is the ref again.</summary>
    private static KernelResult<KernelOutput> Assign(KernelContext c)
    {
        var reference = (RuntimeValue.VariableRef)c.Inputs[0];
        var variable = c.Graph.Op(c.Op.Inputs[0].OpId);
        long[]? declared = variable.Attr("shape") is AttrValue.ShapeValue { Shape.IsFullyDefined: true } s
            ? s.Shape.Dims!.Value.Select(d => d!.Value).ToArray()
            : null;
        var updated = VariableUpdates.Assign(c.State, reference.Key, c.Array(1), c.BoolAttr("validate_shape", true), declared);
        return updated.IsOk
            ? KernelResult<KernelOutput>.Ok(KernelOutput.Of(updated.Value!, reference))
            : KernelResult<KernelOutput>.Fail(updated.Error!);
    }

    /// <summary>AssignAdd / AssignSub (dense_update_ops.cc): update the ref in place; the output is the ref again.</summary>
    private static KernelResult<KernelOutput> DenseUpdate(KernelContext c,
        Func<SessionState, VariableKey, NdArray, string, KernelResult<SessionState>> update)
    {
        var reference = (RuntimeValue.VariableRef)c.Inputs[0];
        var updated = update(c.State, reference.Key, c.Array(1), c.Op.Inputs[0].OpName);
        return updated.IsOk
            ? KernelResult<KernelOutput>.Ok(KernelOutput.Of(updated.Value!, reference))
            : KernelResult<KernelOutput>.Fail(updated.Error!);
    }

    private static KernelResult<KernelOutput> Out(KernelContext c, RuntimeValue value) => KernelOutput.Of(c.State, value);

    private static KernelResult<KernelOutput> One(KernelContext c, KernelResult<NdArray> value) =>
        value.IsOk ? KernelOutput.Of(c.State, value.Value!) : KernelResult<KernelOutput>.Fail(value.Error!);
}
