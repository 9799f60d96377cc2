using LanguageExt;
using LanguageExt.ClassInstances;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Ops;
using ScopeFn.Core.Scopes;
using ScopeFn.Core.Types;

namespace ScopeFn.Core.Gradients;

/// <summary>
/// The op builders gradient functions call, named as TF's Python does: generated wrappers
/// (<c>gen_*_ops.x</c>, named by op type) and Python operators on tensors (scopes <c>mul</c>,
/// <c>sub</c>, <c>mod</c>, …).
/// </summary>
internal static class GradOps
{
    private static readonly IReadOnlyDictionary<string, DType> Int32Index = new Dictionary<string, DType>
    {
        ["Tidx"] = DType.Int32, ["Tmultiples"] = DType.Int32, ["Tpaddings"] = DType.Int32, ["Index"] = DType.Int32,
        ["Taxis"] = DType.Int32, ["Tindices"] = DType.Int32, ["shape_type"] = DType.Int32,
    };

    /// <summary>A generated wrapper: scope named after the op type, Python values converted per argument.</summary>
    public static Tf<Tensor> Gen(string type, IReadOnlyList<object> inputs, Map<OrdString, string, AttrValue>? attrs = null, string? name = null) =>
        OpApply.Apply1(type, name, inputs, attrs, Int32Index);

    public static Tf<Operation> GenOp(string type, IReadOnlyList<object> inputs, Map<OrdString, string, AttrValue>? attrs = null, string? name = null) =>
        OpApply.Apply(type, name, inputs, attrs, Int32Index);

    public static Tf<Tensor> Mul(object x, object y) => MathOps.Operator("mul", x, y);

    public static Tf<Tensor> Sub(object x, object y) => MathOps.Operator("sub", x, y);

    public static Tf<Tensor> Add(object x, object y) => MathOps.Operator("add", x, y);

    /// <summary>Unary minus on a tensor (<c>Tensor.__neg__</c> = <c>gen_math_ops.neg</c>).</summary>
    public static Tf<Tensor> Neg(Tensor x) => MathOps.Negative(x);

    /// <summary><c>x % y</c> with x a tensor: scope <c>mod</c>, y converted with x's dtype, FloorMod named by the scope.</summary>
    public static Tf<Tensor> Mod(Tensor x, object y) =>
        NameScope.V1(null, "mod", [x, y], scope =>
            from yt in Ops.Convert.ToTensor(y, dtype: x.DType, name: "y")
            from r in OpApply.Apply1("FloorMod", scope, [x, yt])
            select r);

    /// <summary><c>math_ops.truediv(x, y)</c>.</summary>
    public static Tf<Tensor> TrueDiv(object x, object y) => MathOps.TrueDiv(x, y);

    public static Tf<Tensor> Sum(Tensor x, object? axes, bool keepDims = false) => MathOps.ReduceSum(x, axes, keepDims);

    public static Tf<Tensor> Reshape(Tensor x, object shape) => ArrayOps.Reshape(x, shape);

    public static Tf<Tensor> Shape(Tensor x, DType? outType = null) => ArrayOps.Shape(x, outType);

    public static Tf<Tensor> Const(object value, DType? dtype = null) => Constant.Of(value, dtype);

    /// <summary><c>math_ops.cast</c>: nothing when the dtype already matches.</summary>
    public static Tf<Tensor> Cast(Tensor x, DType dtype) => ArrayOps.Cast(x, dtype);

    public static Tf<Tensor> MatMul(Tensor a, Tensor b, bool transposeA = false, bool transposeB = false) =>
        Gen("MatMul", [a, b], Attrs.Of(
            ("transpose_a", AttrValue.Of(transposeA)), ("transpose_b", AttrValue.Of(transposeB)),
            ("grad_a", AttrValue.Of(false)), ("grad_b", AttrValue.Of(false))));

    /// <summary><c>array_ops.size(x)</c> (optimize=True): a Const named <c>Size</c> when the shape is fully defined, else a Size op.</summary>
    public static Tf<Tensor> Size(Tensor x) =>
        NameScope.V1(null, "Size", [x], scope =>
            x.Shape.NumElements is { } n
                ? Constant.Of(n, DType.Int32, name: scope)
                : Gen("Size", [x], Attrs.Of(("out_type", AttrValue.Of(DType.Int32))), scope));

    /// <summary><c>array_ops.ones(shape_tensor, dtype)</c> with a tensor shape: scope <c>ones</c>, <c>ones/Const</c>, Fill named by the scope.</summary>
    public static Tf<Tensor> OnesOfShape(Tensor shape, DType dtype, string? name = null) =>
        NameScope.V1(name, "ones", [shape], scope =>
            from shape1 in shape.Shape.Dims is { Length: 0 } ? ArrayOps.Reshape(shape, new List<object> { -1L }) : Tf.Pure(shape)
            from one in Constant.Of(dtype.IsFloating ? 1.0 : (object)1L, dtype)
            from r in ArrayOps.Fill(shape1, one, scope)
            select r);

    /// <summary><c>array_ops.zeros_like(x, optimize=False)</c>: a ZerosLike op named <c>zeros_like</c>.</summary>
    public static Tf<Tensor> ZerosLikeOp(Tensor x) =>
        NameScope.V1(null, "zeros_like", [x], scope => Gen("ZerosLike", [x], name: scope));

    /// <summary>
    /// <c>array_ops.zeros_like(x, dtype)</c> (optimize=True): a fully defined shape gives
    /// <c>zeros(shape, dtype, name)</c>; otherwise a ZerosLike op (or zeros of the dynamic shape when the dtype changes).
    /// </summary>
    public static Tf<Tensor> ZerosLike(Tensor x, DType? dtype = null) =>
        NameScope.V1(null, "zeros_like", [x], scope =>
            x.Shape.IsFullyDefined
                ? ArrayOps.Zeros(x.Shape.Dims!.Value.Select(d => d!.Value).ToArray(), dtype ?? x.DType, scope)
                : dtype is { } d && d != x.DType
                    ? from s in ArrayOps.Shape(x) from z in ZerosOfShape(s, d, scope) select z
                    : Gen("ZerosLike", [x], name: scope));

    internal static Tf<Tensor> ZerosOfShape(Tensor shape, DType dtype, string? name = null) =>
        NameScope.V1(name, "zeros", [shape], scope =>
            from zero in Constant.Of(dtype.IsFloating ? 0.0 : (object)0L, dtype)
            from r in ArrayOps.Fill(shape, zero, scope)
            select r);
}
