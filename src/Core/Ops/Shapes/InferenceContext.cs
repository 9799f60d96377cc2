using ScopeFn.Core.Collections;
using LanguageExt;
using LanguageExt.ClassInstances;
using ScopeFn.Core.Errors;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Types;

namespace ScopeFn.Core.Ops.Shapes;

/// <summary>
/// What a shape function sees (TF's <c>shape_inference::InferenceContext</c>): the input tensors,
/// the attrs, and the constant value of an input when it is produced by a Const op.
/// </summary>
public readonly struct InferenceContext(Graph graph, IReadOnlyList<Tensor> inputs, Map<OrdString, string, AttrValue> attrs)
{
    public IReadOnlyList<Tensor> Inputs => inputs;
    public Graph Graph => graph;
    public Map<OrdString, string, AttrValue> Attrs => attrs;

    public TensorShape Shape(int i) => inputs[i].Shape;
    public DType DType(int i) => inputs[i].DType;

    public DType TypeAttr(string name) => ((AttrValue.TypeValue)attrs[name]).DType;
    public bool BoolAttr(string name, bool fallback = false) => attrs.Find(name).Match(v => ((AttrValue.BoolValue)v).Value, () => fallback);
    public long IntAttr(string name) => ((AttrValue.IntValue)attrs[name]).Value;

    /// <summary>The input's value when it is known at graph-construction time (a Const, or the Shape of a fully defined tensor).</summary>
    public TensorLiteral? ConstantValue(int i)
    {
        var op = graph.Op(inputs[i].OpId);
        if (op.Type == "Const" && op.Attr("value") is AttrValue.TensorValue v) return v.Tensor;
        if (op.Type == "Shape" && op.Inputs[0].Shape is { IsFullyDefined: true } s)
            return TensorLiteral.Longs(op.OutputSpecs[0].DType, [s.Rank!.Value], s.Dims!.Value.Select(d => d!.Value));
        return null;
    }

    /// <summary>TF's <c>MakeShapeFromShapeTensor</c>: a 1-D int tensor read as a shape, -1 meaning unknown.</summary>
    public TensorShape ShapeFromTensor(int i)
    {
        if (ConstantValue(i) is { } value)
            return TensorShape.Of(value.AsLongs().Select(d => d < 0 ? (long?)null : d));
        return inputs[i].Shape is { Rank: 1, Dims: { } d } && d[0] is { } n ? TensorShape.UnknownOfRank((int)n) : TensorShape.Unknown;
    }

    public static Either<TfError, EquatableArray<TensorSpec>> One(DType dtype, TensorShape shape) => Seq1(new TensorSpec(dtype, shape));

    public static EquatableArray<TensorSpec> Seq1(TensorSpec spec) => new[] { spec };

    /// <summary>A shape-function failure; the op creator appends TF's node context to the message.</summary>
    public static Either<TfError, EquatableArray<TensorSpec>> Error(string message) => new ShapeError(message);
}

/// <summary>A shape-function error before TF adds " for '{{node …}}' with input shapes: …".</summary>
public sealed record ShapeError(string Message) : TfError(Message)
{
    public override string TypeName => "ValueError";
}
