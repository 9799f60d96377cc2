using LanguageExt;
using ScopeFn.Core.Collections;
using ScopeFn.Core.Errors;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Ops;
using ScopeFn.Core.Types;

namespace ScopeFn.Core.Functions;

/// <summary>
/// The call ops of functions (functional_ops.cc): <c>PartitionedCall</c> and
/// <c>StatefulPartitionedCall</c>, inputs <c>args: Tin</c>, outputs <c>output: Tout</c>. The op's
/// shape function gives unknown shapes; the Python caller then sets each output's shape from the
/// function's outputs (atomic_function.py), which <see cref="CallOps"/> does.
/// </summary>
public static class FunctionOpDefs
{
    public static IEnumerable<OpDef> All { get; } = new OpDef[]
    {
        new("PartitionedCall", [new ArgDef("args", null, IsList: true)], OutputsOfTout),
        new("StatefulPartitionedCall", [new ArgDef("args", null, IsList: true)], OutputsOfTout),
    };

    private static Either<TfError, EquatableArray<TensorSpec>> OutputsOfTout(Ops.Shapes.InferenceContext c) =>
        c.Attrs.Find("Tout").Match(
            v => (EquatableArray<TensorSpec>)((AttrValue.ListValue)v).Items.Map(t => new TensorSpec(((AttrValue.TypeValue)t).DType, TensorShape.Unknown)).ToArray(),
            () => (EquatableArray<TensorSpec>)Array.Empty<TensorSpec>());

    /// <summary>
    /// Op types whose OpDef is marked stateful, for <c>is_stateful</c> of a function: those
    /// registered with SetIsStateful, and (op_def_builder.cc FinalizeInputOrOutput) every op with
    /// an input or output arg of fixed type <c>resource</c>, such as ReadVariableOp and VarIsInitializedOp.
    /// </summary>
    public static readonly System.Collections.Generic.HashSet<string> Stateful =
    [
        "VarHandleOp", "VariableV2", "AssignVariableOp", "AssignAddVariableOp", "AssignSubVariableOp", "DestroyResourceOp",
        "ReadVariableOp", "VarIsInitializedOp",
        "RandomUniform", "RandomStandardNormal", "TruncatedNormal", "RandomUniformInt", "StatefulPartitionedCall", "If",
    ];
}
