using ScopeFn.Core.Collections;
using LanguageExt;
using ScopeFn.Core.Errors;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Ops.Shapes;
using ScopeFn.Core.Types;

using static ScopeFn.Core.Ops.OpDefTypes;

namespace ScopeFn.Core.Ops;

/// <summary>One input argument of an op definition (op_def.proto <c>ArgDef</c>).</summary>
/// <param name="TypeAttr">the attr the input's dtype binds (e.g. <c>T</c>), or null for a fixed type</param>
/// <param name="Allowed">the dtypes the attr allows, or null for any</param>
/// <param name="IsList">a list input of <c>N</c> tensors (Pack, ConcatV2's values)</param>
public sealed record ArgDef(string Name, string? TypeAttr, IReadOnlyList<DType>? Allowed = null, bool IsList = false, DType? Fixed = null);

/// <summary>A registered op: its type, inputs and shape function.</summary>
/// <summary>Type lists the op definitions share.</summary>
internal static class OpDefTypes
{
    /// <summary>The <c>{int32, int64}</c> of index and axis arguments (Tidx, Tindices, Taxis).</summary>
    public static readonly DType[] Indices = [DType.Int32, DType.Int64];
}

public sealed record OpDef(string Type, IReadOnlyList<ArgDef> Inputs, Func<InferenceContext, Either<TfError, EquatableArray<TensorSpec>>> Infer);

/// <summary>The op types the core can build: every family's definitions, looked up by type.</summary>
public static class OpRegistry
{
    private static readonly Dictionary<string, OpDef> Defs =
        CoreOpDefs.All.Concat(VariableOpDefs.All).Concat(MaskOpDefs.All).Concat(ControlFlowOpDefs.All).Concat(ResourceUpdateOpDefs.All).Concat(CompareOps.Defs).Concat(GradientOpDefs.All).Concat(Functions.FunctionOpDefs.All).Concat(FunctionalOpDefs.All).Concat(CommonOpDefs.All).ToDictionary(d => d.Type);

    public static OpDef? Find(string type) => Defs.GetValueOrDefault(type);

    public static IEnumerable<string> Types => Defs.Keys;
}

/// <summary>The core op set (issue 2), with TF's argument names and type constraints (op_def.proto via the ops' REGISTER_OP).</summary>
internal static class CoreOpDefs
{
    private static readonly DType[] RealNumber =
        [DType.BFloat16, DType.Float16, DType.Float32, DType.Float64, DType.UInt8, DType.Int8, DType.Int16, DType.Int32, DType.Int64,
         DType.Complex64, DType.Complex128];

    private static readonly DType[] Floating = [DType.BFloat16, DType.Float16, DType.Float32, DType.Float64];

    private static readonly DType[] AddTypes = [.. RealNumber, DType.UInt16, DType.UInt32, DType.UInt64, DType.String];

    private static readonly DType[] MatMulTypes =
        [DType.BFloat16, DType.Float16, DType.Float32, DType.Float64, DType.Int32, DType.Int64, DType.UInt8, DType.UInt16,
         DType.UInt32, DType.UInt64, DType.Complex64, DType.Complex128];

    private static ArgDef T(string name, IReadOnlyList<DType>? allowed = null) => new(name, "T", allowed);

    public static IEnumerable<OpDef> All { get; } = new OpDef[]
    {
        new("Const", [], c => InferenceContext.One(c.TypeAttr("dtype"), ((AttrValue.TensorValue)c.Attrs["value"]).Tensor.StaticShape)),
        new("Placeholder", [], c => InferenceContext.One(c.TypeAttr("dtype"), ((AttrValue.ShapeValue)c.Attrs["shape"]).Shape)),
        new("Identity", [T("input")], ShapeFunctions.Unchanged),
        new("NoOp", [], ShapeFunctions.None),
        new("AddV2", [T("x", AddTypes), T("y", AddTypes)], ShapeFunctions.Broadcast),
        new("Sub", [T("x", RealNumber), T("y", RealNumber)], ShapeFunctions.Broadcast),
        new("Mul", [T("x", RealNumber), T("y", RealNumber)], ShapeFunctions.Broadcast),
        new("RealDiv", [T("x", RealNumber), T("y", RealNumber)], ShapeFunctions.Broadcast),
        new("Neg", [T("x", RealNumber)], ShapeFunctions.Unchanged),
        new("MatMul", [T("a", MatMulTypes), T("b", MatMulTypes)], ShapeFunctions.MatMul),
        new("Relu", [T("features", RealNumber)], ShapeFunctions.Unchanged),
        new("Sigmoid", [T("x", Floating)], ShapeFunctions.Unchanged),
        new("Tanh", [T("x", Floating)], ShapeFunctions.Unchanged),
        new("Softmax", [T("logits", Floating)], ShapeFunctions.AtLeastRank1),
        new("Sum", [T("input", RealNumber), new("reduction_indices", "Tidx", Indices)], ShapeFunctions.Reduction),
        new("Mean", [T("input", RealNumber), new("reduction_indices", "Tidx", Indices)], ShapeFunctions.Reduction),
        new("Reshape", [T("tensor"), new("shape", "Tshape", Indices)], ShapeFunctions.Reshape),
        new("Fill", [new("dims", "index_type", Indices), T("value")], ShapeFunctions.Fill),
        new("Cast", [new("x", "SrcT")], ShapeFunctions.Cast),
        new("Shape", [T("input")], ShapeFunctions.Shape),
        new("Pack", [new("values", "T", IsList: true)], ShapeFunctions.Pack),
        new("ConcatV2", [new("values", "T", IsList: true), new("axis", "Tidx", Indices)], ShapeFunctions.Concat),
        new("Unique", [T("x")], ShapeFunctions.Unique),
        new("Rank", [T("input")], c => InferenceContext.One(DType.Int32, TensorShape.Scalar)),
        new("Range", [new("start", "Tidx"), new("limit", "Tidx"), new("delta", "Tidx")], ShapeFunctions.Range),
    };
}
