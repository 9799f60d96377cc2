using LanguageExt;
using ScopeFn.Core.Collections;
using ScopeFn.Core.Errors;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Ops.Shapes;
using ScopeFn.Core.Types;
using static ScopeFn.Core.Ops.Shapes.InferenceContext;

namespace ScopeFn.Core.Ops;

/// <summary>
/// The v1 control-flow ops a <c>cond</c> is built from (core/ops/control_flow_ops.cc): Switch
/// (<c>data: T, pred: bool → output_false, output_true</c>), RefSwitch (the same over a ref
/// <c>data</c>) and Merge (<c>inputs: N * T → output, value_index: int32</c>), with their shape
/// functions (SwitchShape, MergeShape).
/// </summary>
internal static class ControlFlowOpDefs
{
    public static IEnumerable<OpDef> All { get; } = new OpDef[]
    {
        new("Switch", [new("data", "T"), new("pred", null, Fixed: DType.Bool)], SwitchShape),
        new("RefSwitch", [new("data", "T"), new("pred", null, Fixed: DType.Bool)], SwitchShape),
        new("Merge", [new("inputs", "T", IsList: true)], MergeShape),
    };

    /// <summary>SwitchShape: <c>pred</c> must be a scalar; both outputs have the data's shape.</summary>
    private static Either<TfError, EquatableArray<TensorSpec>> SwitchShape(InferenceContext c)
    {
        if (c.Shape(1).Rank is { } r && r != 0) return Error($"Shape must be rank 0 but is rank {r}");
        var spec = new TensorSpec(c.DType(0), c.Shape(0));
        return (EquatableArray<TensorSpec>)new[] { spec, spec };
    }

    /// <summary>
    /// MergeShape: the first input's shape with every dim the other inputs disagree on made
    /// unknown; unknown rank when any rank is unknown or differs. value_index is a scalar.
    /// </summary>
    private static Either<TfError, EquatableArray<TensorSpec>> MergeShape(InferenceContext c)
    {
        var output = c.Shape(0).Dims is { } first ? first.ToArray() : null;
        for (var i = 1; i < c.Inputs.Count && output is not null; i++)
        {
            if (c.Shape(i).Dims is not { } dims || dims.Length != output.Length) { output = null; break; }
            for (var d = 0; d < output.Length; d++)
                if (dims[d] != output[d]) output[d] = null;
        }
        var shape = output is null ? TensorShape.Unknown : TensorShape.Of(output);
        return (EquatableArray<TensorSpec>)new[] { new TensorSpec(c.DType(0), shape), new TensorSpec(DType.Int32, TensorShape.Scalar) };
    }
}
