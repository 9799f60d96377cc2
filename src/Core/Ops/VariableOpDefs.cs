using LanguageExt;
using ScopeFn.Core.Collections;
using ScopeFn.Core.Errors;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Ops.Shapes;
using ScopeFn.Core.Types;
using static ScopeFn.Core.Ops.Shapes.InferenceContext;

using static ScopeFn.Core.Ops.OpDefTypes;

namespace ScopeFn.Core.Ops;

/// <summary>
/// The op family of variables and their initializers (issue 3): state_ops / resource_variable_ops
/// kernels and the stateful random ops, with TF's argument names and shape functions.
/// </summary>
internal static class VariableOpDefs
{
    private static readonly DType[] Floating = [DType.BFloat16, DType.Float16, DType.Float32, DType.Float64];
    public static IEnumerable<OpDef> All { get; } = new OpDef[]
    {
        // VariableV2's output is the ref tensor of the variable: dtype and shape come from its attrs.
        new("VariableV2", [], c => One(c.TypeAttr("dtype"), ShapeAttr(c, "shape"))),
        new("Assign", [new("ref", "T"), new("value", "T")], AssignShape),
        // state_ops.cc: AssignAdd / AssignSub take MergeBothInputsShapeFn.
        new("AssignAdd", [new("ref", "T"), new("value", "T")], MergeBothInputs),
        new("AssignSub", [new("ref", "T"), new("value", "T")], MergeBothInputs),
        new("IsVariableInitialized", [new("ref", "dtype")], c => One(DType.Bool, TensorShape.Scalar)),
        new("VarHandleOp", [], c => One(DType.Resource, TensorShape.Scalar)),
        new("VarIsInitializedOp", [new("resource", null, Fixed: DType.Resource)], c => One(DType.Bool, TensorShape.Scalar)),
        new("AssignVariableOp", [new("resource", null, Fixed: DType.Resource), new("value", "dtype")], ShapeFunctions.None),
        new("ReadVariableOp", [new("resource", null, Fixed: DType.Resource)], c => One(c.TypeAttr("dtype"), HandleShape(c, 0))),
        new("RandomUniform", [new("shape", "T", Indices)], RandomShape),
        new("RandomStandardNormal", [new("shape", "T", Indices)], RandomShape),
        new("TruncatedNormal", [new("shape", "T", Indices)], RandomShape),
        new("RandomUniformInt", [new("shape", "T", Indices), new("minval", "Tout", Indices), new("maxval", "Tout", Indices)], RandomUniformIntShape),
        new("Slice", [new("input", "T"), new("begin", "Index", Indices), new("size", "Index", Indices)], SliceShape),
        new("L2Loss", [new("t", "T", Floating)], c => One(c.DType(0), TensorShape.Scalar)),
    };

    private static TensorShape ShapeAttr(InferenceContext c, string name) => ((AttrValue.ShapeValue)c.Attrs[name]).Shape;

    /// <summary>Assign: with validate_shape both shapes merge (TF's MergeBothInputsShapeFn); else the value's shape.</summary>
    private static Either<TfError, EquatableArray<TensorSpec>> AssignShape(InferenceContext c) =>
        c.BoolAttr("validate_shape", true) ? MergeBothInputs(c) : One(c.DType(0), c.Shape(1));

    /// <summary>shape_inference::MergeBothInputsShapeFn: the merge of inputs 0 and 1, or Merge's error.</summary>
    private static Either<TfError, EquatableArray<TensorSpec>> MergeBothInputs(InferenceContext c)
    {
        var merged = c.Shape(0).MergeWith(c.Shape(1));
        if (merged is null)
        {
            var (a, b) = (c.Shape(0), c.Shape(1));
            return Error(a.Rank != b.Rank
                ? $"Shapes must be equal rank, but are {a.Rank} and {b.Rank}"
                : $"Dimension {FirstMismatch(a, b)} in both shapes must be equal, but are {a.Dims!.Value[FirstMismatch(a, b)]} and {b.Dims!.Value[FirstMismatch(a, b)]}. Shapes are {AttrValue.SummarizeShape(a)} and {AttrValue.SummarizeShape(b)}.");
        }
        return One(c.DType(0), merged);
    }

    private static int FirstMismatch(TensorShape a, TensorShape b)
    {
        for (var i = 0; i < a.Rank; i++)
            if (a.Dims!.Value[i] is { } x && b.Dims!.Value[i] is { } y && x != y) return i;
        return 0;
    }

    /// <summary>A resource handle's shape travels as handle data; ScopeFn reads it from the VarHandleOp's <c>shape</c> attr.</summary>
    private static TensorShape HandleShape(InferenceContext c, int input)
    {
        var tensor = c.Inputs[input];
        return c.Graph.Op(tensor.OpId) is { Type: "VarHandleOp" } op && op.Attr("shape") is AttrValue.ShapeValue s ? s.Shape : TensorShape.Unknown;
    }

    private static Either<TfError, EquatableArray<TensorSpec>> RandomShape(InferenceContext c)
    {
        if (c.Shape(0).Rank is { } r && r != 1) return Error($"Shape must be rank 1 but is rank {r}");
        return One(c.TypeAttr("dtype"), c.ShapeFromTensor(0));
    }

    /// <summary>Slice: with constant begin and size, size[i] (or dim − begin when −1); otherwise unknown dims of the input's rank.</summary>
    private static Either<TfError, EquatableArray<TensorSpec>> SliceShape(InferenceContext c)
    {
        var input = c.Shape(0);
        if (c.ConstantValue(1) is not { } begin || c.ConstantValue(2) is not { } size || input.Dims is not { } dims)
            return One(c.DType(0), input.Rank is { } r ? TensorShape.UnknownOfRank(r) : TensorShape.Unknown);
        var b = begin.AsLongs();
        var s = size.AsLongs();
        if (b.Count != dims.Length || s.Count != dims.Length)
            return Error($"Shape must be rank {dims.Length} but is rank {b.Count}");
        var output = new long?[dims.Length];
        for (var i = 0; i < dims.Length; i++)
        {
            output[i] = s[i] == -1 ? dims[i] - b[i] : s[i];
            if (dims[i] is { } d && (b[i] < 0 || b[i] + (output[i] ?? 0) > d))
                return Error($"Expected size[{i}] in [0, {d - b[i]}], but got {s[i]}");
        }
        return One(c.DType(0), TensorShape.Of(output));
    }

    private static Either<TfError, EquatableArray<TensorSpec>> RandomUniformIntShape(InferenceContext c)
    {
        if (c.Shape(1).Rank is { } r1 && r1 != 0) return Error($"Shape must be rank 0 but is rank {r1}");
        if (c.Shape(2).Rank is { } r2 && r2 != 0) return Error($"Shape must be rank 0 but is rank {r2}");
        return One(c.DType(1), c.ShapeFromTensor(0));
    }
}
