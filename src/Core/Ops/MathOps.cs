using LanguageExt;
using ScopeFn.Core.Errors;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Scopes;
using ScopeFn.Core.Types;

namespace ScopeFn.Core.Ops;

/// <summary>
/// The math functions of TF's Python API in graph mode, named and scoped as math_ops.py and the
/// operator overrides do it (see docs/research/tf-op-naming.md §3–§5).
/// </summary>
public static partial class MathOps
{
    /// <summary><c>tf.add(x, y)</c>: scope <c>Add</c>, x converted as <c>x</c>, y as <c>y</c> with x's dtype as a hint; op AddV2.</summary>
    public static Tf<Tensor> Add(object x, object y, string? name = null) =>
        NameScope.V1(name, "Add", [x], scope =>
            from xt in Convert.ToTensor(x, name: "x")
            from yt in Convert.ToTensor(y, hint: xt.DType, name: "y")
            from r in OpApply.Apply1("AddV2", scope, [xt, yt])
            select r);

    /// <summary><c>tf.subtract</c> = <c>gen_math_ops.sub</c>.</summary>
    public static Tf<Tensor> Subtract(object x, object y, string? name = null) => OpApply.Apply1("Sub", name, [x, y]);

    /// <summary><c>tf.multiply</c> = <c>gen_math_ops.mul</c>.</summary>
    public static Tf<Tensor> Multiply(object x, object y, string? name = null) => OpApply.Apply1("Mul", name, [x, y]);

    /// <summary><c>tf.realdiv</c> = <c>gen_math_ops.real_div</c>.</summary>
    public static Tf<Tensor> RealDiv(object x, object y, string? name = null) => OpApply.Apply1("RealDiv", name, [x, y]);

    /// <summary><c>tf.negative</c> and unary <c>-x</c> = <c>gen_math_ops.neg</c>.</summary>
    public static Tf<Tensor> Negative(object x, string? name = null) => OpApply.Apply1("Neg", name, [x]);

    /// <summary>
    /// <c>tf.math.truediv</c> (<c>_truediv_python3</c>): scope <c>truediv</c>; both operands must
    /// share a dtype; integer operands are cast per TF's table before RealDiv.
    /// </summary>
    public static Tf<Tensor> TrueDiv(object x, object y, string? name = null) =>
        NameScope.V1(name, "truediv", [x, y], scope =>
            from xt in Convert.ToTensor(x, name: "x")
            from yt in Convert.ToTensor(y, hint: xt.DType, name: "y")
            from r in xt.DType != yt.DType
                ? Tf.Fail<Tensor>(new TypeError($"`x` and `y` must have the same dtype, got {xt.DType.Repr} != {yt.DType.Repr}."))
                : TrueDivCast(xt) is { } target
                    ? from xc in ArrayOps.Cast(xt, target) from yc in ArrayOps.Cast(yt, target) from q in OpApply.Apply1("RealDiv", scope, [xc, yc]) select q
                    : OpApply.Apply1("RealDiv", scope, [xt, yt])
            select r);

    /// <summary><c>tf.divide(x, y)</c>: <c>x / y</c>, or with a name the RealDiv op carries that name.</summary>
    public static Tf<Tensor> Divide(object x, object y, string? name = null) =>
        name is null ? Operator("truediv", x, y) : TrueDiv(x, y, name);

    private static DType? TrueDivCast(Tensor x) => x.DType.Enum switch
    {
        DTypeEnum.UInt8 or DTypeEnum.Int8 or DTypeEnum.UInt16 or DTypeEnum.Int16 => DType.Float32,
        DTypeEnum.Int32 or DTypeEnum.UInt32 or DTypeEnum.Int64 or DTypeEnum.UInt64 => DType.Float64,
        _ => null,
    };

    /// <summary>
    /// A Python binary operator on a tensor (<c>binary_op_wrapper</c>): scope named after the
    /// operator, then the op function. When that raises and the right operand is a Tensor, TF tries
    /// the reflected operator inside the scope (consuming a nested scope name) and re-raises the
    /// original error if that fails too.
    /// </summary>
    public static Tf<Tensor> Operator(string op, object x, object y) =>
        NameScope.V1(null, op, [x, y], scope =>
            Tf.Catch(OperatorFunction(op, x, y, scope), error =>
                error is not (TypeError or ValueError) || y is not Tensor
                    ? Tf.Fail<Tensor>(error)
                    : Tf.Catch(ReflectedOperator(op, (Tensor)y, x), _ => Tf.Fail<Tensor>(error))));

    /// <summary>A reflected operator (<c>r_binary_op_wrapper</c>), e.g. <c>1.0 + x</c> with <paramref name="self"/> = x.</summary>
    public static Tf<Tensor> ReflectedOperator(string op, Tensor self, object other) =>
        NameScope.V1(null, op, [other, self], scope =>
            from o in Convert.ToTensor(other, dtype: self.DType, name: "x")
            from r in OperatorFunction(op, o, self, scope)
            select r);

    private static Tf<Tensor> OperatorFunction(string op, object x, object y, string scope) => op switch
    {
        "add" => AddDispatch(x, y, scope),
        "sub" => Subtract(x, y, scope),
        "mul" => Multiply(x, y, scope),
        "truediv" => TrueDiv(x, y, scope),
        "matmul" => MatMul(x, y, name: scope),
        "pow" => Pow(x, y, scope),
        _ => throw new ArgumentException($"no operator {op}", nameof(op)),
    };

    /// <summary><c>_add_dispatch</c>: a non-tensor y is converted with x's dtype as a hint, then AddV2.</summary>
    private static Tf<Tensor> AddDispatch(object x, object y, string name) =>
        from yt in y is Tensor t ? Tf.Pure(t) : Convert.ToTensor(y, hint: (x as Tensor)?.DType, name: "y")
        from r in OpApply.Apply1("AddV2", name, [x, yt])
        select r;

    /// <summary><c>tf.matmul(a, b)</c>: scope <c>MatMul</c>; MatMul with all attrs (TF ≥ 2.14 adds grad_a/grad_b).</summary>
    public static Tf<Tensor> MatMul(object a, object b, bool transposeA = false, bool transposeB = false, string? name = null) =>
        NameScope.V1(name, "MatMul", [a, b], scope =>
            from at in Convert.ToTensor(a, name: "a")
            from bt in Convert.ToTensor(b, hint: at.DType, name: "b")
            from r in OpApply.Apply1("MatMul", scope, [at, bt], Attrs.Of(
                ("transpose_a", AttrValue.Of(transposeA)), ("transpose_b", AttrValue.Of(transposeB)),
                ("grad_a", AttrValue.Of(false)), ("grad_b", AttrValue.Of(false))))
            select r);

    /// <summary><c>tf.sigmoid</c>: scope <c>Sigmoid</c>, then the op.</summary>
    public static Tf<Tensor> Sigmoid(object x, string? name = null) =>
        NameScope.V1(name, "Sigmoid", [x], scope =>
            from xt in Convert.ToTensor(x, name: "x")
            from r in OpApply.Apply1("Sigmoid", scope, [xt])
            select r);

    public static Tf<Tensor> Tanh(object x, string? name = null) => OpApply.Apply1("Tanh", name, [x]);

    /// <summary><c>tf.reduce_sum</c>; without an axis a Const of all axes is made first, outside the op's scope.</summary>
    public static Tf<Tensor> ReduceSum(object input, object? axis = null, bool keepDims = false, string? name = null) =>
        Reduction("Sum", input, axis, keepDims, name);

    public static Tf<Tensor> ReduceMean(object input, object? axis = null, bool keepDims = false, string? name = null) =>
        Reduction("Mean", input, axis, keepDims, name);

    /// <summary>
    /// math_ops <c>_ReductionDims</c> with no axis: a Const <c>[0..rank)</c> when the rank is known
    /// and non-zero, else <c>range(0, rank(x))</c>.
    /// </summary>
    private static Tf<object> AllAxes(Tensor x) =>
        x.Shape.Rank is > 0 and { } rank
            ? Constant.Of(Enumerable.Range(0, rank).Select(i => (object)i).ToList()).Select(t => (object)t)
            : from r in ArrayOps.Rank(x) from axes in ArrayOps.Range(0, r, 1) select (object)axes;

    private static Tf<Tensor> Reduction(string type, object input, object? axis, bool keepDims, string? name) =>
        from x in Convert.ToTensor(input, name: "input_tensor")
        from axes in axis is not null ? Tf.Pure(axis) : AllAxes(x)
        from r in OpApply.Apply1(type, name, [x, axes], Attrs.Of(("keep_dims", AttrValue.Of(keepDims))),
            new Dictionary<string, DType> { ["Tidx"] = DType.Int32 })
        select r;
}
