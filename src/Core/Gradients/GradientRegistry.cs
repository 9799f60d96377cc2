using ScopeFn.Core.Errors;

namespace ScopeFn.Core.Gradients;

/// <summary>
/// ops.py's <c>_gradient_registry</c>: op type → gradient function, or registered as not
/// differentiable (<c>ops.NotDifferentiable</c>, a null function). A type missing from both makes
/// <c>tf.gradients</c> raise TF's LookupError when it must differentiate through it.
/// </summary>
public static class GradientRegistry
{
    private static readonly Dictionary<string, GradientFunction?> Functions = new()
    {
        ["AddV2"] = MathGrad.Add,
        ["Sub"] = MathGrad.Sub,
        ["Mul"] = MathGrad.Mul,
        ["RealDiv"] = MathGrad.RealDiv,
        ["Neg"] = MathGrad.Neg,
        ["MatMul"] = MathGrad.MatMul,
        ["Sigmoid"] = MathGrad.Sigmoid,
        ["Tanh"] = MathGrad.Tanh,
        ["AddN"] = MathGrad.AddN,
        ["Cast"] = MathGrad.Cast,
        ["Sum"] = ReduceGrad.Sum,
        ["Mean"] = ReduceGrad.Mean,
        ["Max"] = ReduceGrad.MinOrMax,
        ["Min"] = ReduceGrad.MinOrMax,
        ["Relu"] = NnGrad.Relu,
        ["Softmax"] = NnGrad.Softmax,
        ["L2Loss"] = NnGrad.L2Loss,
        ["Identity"] = ArrayGrad.PassThrough,
        ["ReadVariableOp"] = ArrayGrad.PassThrough,
        ["Reshape"] = ArrayGrad.Reshape,
        ["Fill"] = ArrayGrad.Fill,
        ["Pack"] = ArrayGrad.Pack,
        ["Unpack"] = ArrayGrad.Unpack,
        ["ConcatV2"] = ArrayGrad.ConcatV2,
        ["Slice"] = ArrayGrad.Slice,
        ["Square"] = UnaryMathGrad.Square,
        ["Sqrt"] = UnaryMathGrad.Sqrt,
        ["Exp"] = UnaryMathGrad.Exp,
        ["Log"] = UnaryMathGrad.Log,
        ["Abs"] = UnaryMathGrad.Abs,
        ["Reciprocal"] = UnaryMathGrad.Reciprocal,
        ["Sign"] = UnaryMathGrad.Sign,
        ["Maximum"] = BinaryMathGrad.Maximum,
        ["Minimum"] = BinaryMathGrad.Minimum,
        ["SquaredDifference"] = BinaryMathGrad.SquaredDifference,
        ["Pow"] = BinaryMathGrad.Pow,
        ["Select"] = BinaryMathGrad.Select,
        ["SelectV2"] = BinaryMathGrad.SelectV2,
        ["Transpose"] = DimsGrad.Transpose,
        ["Tile"] = DimsGrad.Tile,
        ["ExpandDims"] = DimsGrad.ReshapeToInput,
        ["Squeeze"] = DimsGrad.ReshapeToInput,
        ["StridedSlice"] = DimsGrad.StridedSlice,
        // concrete_function.py: call ops built by _call_flat get the delayed-rewrite gradient.
        ["PartitionedCall"] = ScopeFn.Core.Functions.CallOpGradients.Symbolic,
        ["StatefulPartitionedCall"] = ScopeFn.Core.Functions.CallOpGradients.Symbolic,
        // ops.NotDifferentiable(...) in array_grad.py, math_grad.py, random_grad.py.
        ["Const"] = null,
        ["Shape"] = null,
        ["ShapeN"] = null,
        ["Rank"] = null,
        ["Size"] = null,
        ["Range"] = null,
        ["ZerosLike"] = null,
        ["OnesLike"] = null,
        ["BroadcastGradientArgs"] = null,
        ["ConcatOffset"] = null,
        ["FloorDiv"] = null,
        ["ArgMax"] = null,
        ["OneHot"] = null,
        ["ArgMin"] = null,
        ["InvertPermutation"] = null,
        ["Equal"] = null,
        ["NotEqual"] = null,
        ["Less"] = null,
        ["LessEqual"] = null,
        ["Greater"] = null,
        ["GreaterEqual"] = null,
        ["RandomUniform"] = null,
        ["RandomStandardNormal"] = null,
        ["TruncatedNormal"] = null,
        ["RandomUniformInt"] = null,
    };

    /// <summary>Whether the type is registered at all (a null function = not differentiable).</summary>
    public static bool TryGet(string opType, out GradientFunction? function) => Functions.TryGetValue(opType, out function);

    /// <summary>
    /// Op types ScopeFn builds whose gradient TensorFlow registers (array_grad, math_grad, nn_grad,
    /// data_flow_grad, control_flow_grad, cond_v2) but ScopeFn does not model yet: TF would
    /// differentiate through them, so its LookupError would be a false answer.
    /// </summary>
    private static readonly HashSet<string> RegisteredInTensorFlow =
    [
        "BroadcastTo", "DynamicStitch", "FloorMod", "GatherV2", "Pad", "Prod", "Switch", "RefSwitch", "Merge", "If", "StatelessIf",
        "ReluGrad", "SigmoidGrad", "TanhGrad", "SqrtGrad", "ReciprocalGrad", "StridedSliceGrad",
    ];

    /// <summary>
    /// gradients_util.py's LookupError for an op type with no registered gradient, or, for a type
    /// TensorFlow does differentiate, ScopeFn's NotImplementedError saying so.
    /// </summary>
    public static TfError NoGradient(string opName, string opType) => NotModelled(opName, opType) ?? new LookupError(
        $"No gradient defined for operation'{opName}' (op type: {opType}). In general every operation must have an associated " +
        "`@tf.RegisterGradient` for correct autodiff, which this op is lacking. If you want to pretend this operation is a constant " +
        "in your program, you may insert `tf.stop_gradient`. This can be useful to silence the error in cases where you know " +
        "gradients are not needed, e.g. the forward pass of tf.custom_gradient. Please see more details in " +
        "https://www.tensorflow.org/api_docs/python/tf/custom_gradient.");

    /// <summary>A tape's LookupError (backprop.py's gradient-function lookup) for a type with no registered gradient, or ScopeFn's NotImplementedError as above.</summary>
    public static TfError NoTapeGradient(string opName, string opType) =>
        NotModelled(opName, opType) ?? new LookupError($"gradient registry has no entry for: {opType}");

    private static TfError? NotModelled(string opName, string opType) => RegisteredInTensorFlow.Contains(opType)
        ? new NotImplementedError($"ScopeFn does not model the gradient of {opType}{(opName.Length > 0 ? $" (op '{opName}')" : "")} yet; TensorFlow registers one.")
        : null;
}
