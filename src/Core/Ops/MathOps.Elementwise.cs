using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Scopes;

namespace ScopeFn.Core.Ops;

/// <summary>
/// math_ops.py's element-wise functions. Most are the generated wrappers (op named by type, a
/// Python operand converted as the argument: <c>Square/x</c>, <c>Maximum/y</c>); <c>tf.abs</c> and
/// <c>tf.pow</c> open their own scope first (<c>Abs</c>, <c>Pow</c>) and convert inside it.
/// </summary>
public static partial class MathOps
{
    public static Tf<Tensor> Square(object x, string? name = null) => OpApply.Apply1("Square", name, [x]);
    public static Tf<Tensor> Sqrt(object x, string? name = null) => OpApply.Apply1("Sqrt", name, [x]);
    public static Tf<Tensor> Exp(object x, string? name = null) => OpApply.Apply1("Exp", name, [x]);
    public static Tf<Tensor> Log(object x, string? name = null) => OpApply.Apply1("Log", name, [x]);
    public static Tf<Tensor> Sign(object x, string? name = null) => OpApply.Apply1("Sign", name, [x]);
    public static Tf<Tensor> Reciprocal(object x, string? name = null) => OpApply.Apply1("Reciprocal", name, [x]);

    /// <summary><c>tf.abs</c>: scope <c>Abs</c>, x converted as <c>x</c>, then Abs named by the scope (real dtypes).</summary>
    public static Tf<Tensor> Abs(object x, string? name = null) =>
        NameScope.V1(name, "Abs", [x], scope =>
            from xt in Convert.ToTensor(x, name: "x")
            from r in OpApply.Apply1("Abs", scope, [xt])
            select r);

    /// <summary><c>tf.pow</c>: scope <c>Pow</c>, then the generated <c>pow(x, y, name=scope)</c>.</summary>
    public static Tf<Tensor> Pow(object x, object y, string? name = null) =>
        NameScope.V1(name, "Pow", [x], scope => OpApply.Apply1("Pow", scope, [x, y]));

    public static Tf<Tensor> Maximum(object x, object y, string? name = null) => OpApply.Apply1("Maximum", name, [x, y]);
    public static Tf<Tensor> Minimum(object x, object y, string? name = null) => OpApply.Apply1("Minimum", name, [x, y]);
    public static Tf<Tensor> SquaredDifference(object x, object y, string? name = null) => OpApply.Apply1("SquaredDifference", name, [x, y]);
}
