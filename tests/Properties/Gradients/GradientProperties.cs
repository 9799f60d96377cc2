using FsCheck;
using FsCheck.Fluent;
using ScopeFn.Core.Gradients;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Ops;
using ScopeFn.Core.Types;
using ScopeFn.Core.Worlds;
using ScopeFn.Interpreter.Arrays;
using ScopeFn.Interpreter.Session;

namespace ScopeFn.Properties.Gradients;

/// <summary>
/// tf.gradients against central finite differences: random float64 graphs over a [2, 3]
/// placeholder built from the differentiable ops of the core set (element-wise with broadcasting,
/// MatMul with transpose flags, Softmax, Reshape, Concat + Slice, reductions; Square, Exp, Abs, Sqrt, Log,
/// Reciprocal, Transpose, ExpandDims/Squeeze, Python slicing, Maximum, Minimum, SquaredDifference, where
/// and Pow), evaluated in a session.
/// </summary>
public class GradientProperties
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(60);

    private static readonly Gen<double> Number = Gen.Choose(-900, 900).Select(i => i / 311.0 + 0.0013);

    private static Gen<double[]> Values(int n) => Gen.ArrayOf(Number, n);

    /// <summary>A node: builds a [2, 3] float64 tensor from the placeholder.</summary>
    private delegate Tf<Tensor> Node(Tensor x);

    private static Gen<Node> Leaf => Gen.OneOf(
        Gen.Constant<Node>(x => Tf.Pure(x)),
        Values(6).Select<double[], Node>(v => _ => Constant.Of(v, DType.Float64, [2, 3])));

    private static Gen<Node> Expr(int depth) => depth == 0 ? Leaf : Gen.OneOf(
        Leaf,
        from op in Gen.Elements("Neg", "Relu", "Tanh", "Sigmoid", "Softmax", "Identity", "Reshape", "ConcatSlice",
            "Square", "ExpTanh", "Abs", "SqrtPositive", "LogPositive", "ReciprocalPositive", "Transpose", "ExpandSqueeze",
            "ReverseSlice", "WindowSlice", "RowSlice")
        from a in Expr(depth - 1)
        select Unary(op, a),
        from op in Gen.Elements("AddV2", "Sub", "Mul", "Maximum", "Minimum", "SquaredDifference", "WhereGreater", "PowPositive")
        from l in Expr(depth - 1)
        from r in Expr(depth - 1)
        select (Node)(x => from lt in l(x) from rt in r(x) from y in Binary(op, lt, rt) select y),
        from op in Gen.Elements("AddV2", "Sub", "Mul", "RealDiv")
        from l in Expr(depth - 1)
        from shape in Gen.Elements(new long[] { 3 }, new long[] { 1, 3 }, new long[] { 2, 1 }, new long[0])
        from c in Values((int)shape.Aggregate(1L, (a, b) => a * b))
        from swap in Gen.Elements(false, true)
        select (Node)(x =>
            from lt in l(x)
            from ct in Constant.Of(c.Select(v => op == "RealDiv" ? (v < 0 ? v - 0.5 : v + 0.5) : v).ToArray(), DType.Float64, shape)
            from y in op == "RealDiv" || !swap ? Binary(op, lt, ct) : Binary(op, ct, lt)
            select y),
        from l in Expr(depth - 1)
        from w in Values(9)
        from ta in Gen.Elements(false, true)
        from tb in Gen.Elements(false, true)
        select (Node)(x =>
            from lt in l(x)
            from wt in Constant.Of(w, DType.Float64, [3, 3])
            // With transpose_a the left operand is a [3, 2] reshape of the [2, 3] value.
            from y in ta
                ? from r32 in ArrayOps.Reshape(lt, new List<object> { 3L, 2L }) from r in MathOps.MatMul(r32, wt, transposeA: true, transposeB: tb) select r
                : MathOps.MatMul(lt, wt, transposeB: tb)
            select y));

    private static Node Unary(string op, Node a) => x => a(x).SelectMany(t => op switch
    {
        "Neg" => MathOps.Negative(t),
        "Relu" => NnOps.Relu(t),
        "Tanh" => MathOps.Tanh(t),
        "Sigmoid" => MathOps.Sigmoid(t),
        "Softmax" => NnOps.Softmax(t),
        "Identity" => ArrayOps.Identity(t),
        "Reshape" => from r in ArrayOps.Reshape(t, new List<object> { 3L, 2L }) from back in ArrayOps.Reshape(r, new List<object> { 2L, 3L }) select back,
        "Square" => MathOps.Square(t),
        // Bounded and positive operands keep exp, sqrt, log and reciprocal well conditioned.
        "ExpTanh" => from h in MathOps.Tanh(t) from e in MathOps.Exp(h) select e,
        "Abs" => MathOps.Abs(t),
        "SqrtPositive" => from p in Positive(t) from r in MathOps.Sqrt(p) select r,
        "LogPositive" => from p in Positive(t) from r in MathOps.Log(p) select r,
        "ReciprocalPositive" => from p in Positive(t) from r in MathOps.Reciprocal(p) select r,
        "Transpose" => from tr in ArrayOps.Transpose(t) from back in ArrayOps.Reshape(tr, new List<object> { 2L, 3L }) select back,
        "ExpandSqueeze" => from e in ArrayOps.ExpandDims(t, 1L) from q in ArrayOps.Squeeze(e, [1]) select q,
        "ReverseSlice" => SliceHelper.Slice(t, [new SliceSpec.Range(null, null, -1L), new SliceSpec.Range(null, null, -1L)]),
        "WindowSlice" => from c in ArrayOps.Concat([t, t], 1L)
                         from w in SliceHelper.Slice(c, [new SliceSpec.Ellipsis(), new SliceSpec.Range(1L, 4L, null)])
                         select w,
        // x[0] (shrink axis) broadcast back over the rows.
        "RowSlice" => from row in SliceHelper.Slice(t, [new SliceSpec.Index(0L)]) from r in MathOps.Multiply(t, row) select r,
        _ => from c in ArrayOps.Concat([t, t], 0L)
             from s in OpApply.Apply1("Slice", null, [c, new List<object> { 1L, 0L }, new List<object> { 2L, 3L }],
                 defaultTypes: new Dictionary<string, DType> { ["Index"] = DType.Int32 })
             select s,
    });

    private static Tf<Tensor> Positive(Tensor t) => from sq in MathOps.Square(t) from p in MathOps.Add(sq, 0.5) select p;

    private static Tf<Tensor> Binary(string op, Tensor l, Tensor r) => op switch
    {
        "AddV2" => MathOps.Add(l, r),
        "Sub" => MathOps.Subtract(l, r),
        "Mul" => MathOps.Multiply(l, r),
        // Maximum/Minimum/where switch branches at ties only, which random values do not hit.
        "Maximum" => MathOps.Maximum(l, r),
        "Minimum" => MathOps.Minimum(l, r),
        "SquaredDifference" => MathOps.SquaredDifference(l, r),
        "WhereGreater" => from c in CompareOps.Greater(l, r) from w in ArrayOps.WhereV2(c, l, r) select w,
        // A positive base in (0.5, 1.5) and a bounded exponent keep pow and log(x) well conditioned.
        "PowPositive" => from h in MathOps.Tanh(l) from half in MathOps.Multiply(h, 0.5) from b in MathOps.Add(half, 1.0)
                         from e in MathOps.Tanh(r) from p in MathOps.Pow(b, e) select p,
        _ => MathOps.RealDiv(l, r),
    };

    private static readonly Gen<Func<Tensor, Tf<Tensor>>> Loss = Gen.Elements<Func<Tensor, Tf<Tensor>>>(
        t => MathOps.ReduceSum(t),
        t => MathOps.ReduceMean(t),
        t => from s in MathOps.ReduceSum(t, 0L) from m in MathOps.Multiply(s, s) from r in MathOps.ReduceSum(m) select r,
        t => from s in MathOps.ReduceMean(t, 1L, keepDims: true) from r in MathOps.ReduceSum(s) select r,
        t => from sq in MathOps.Multiply(t, t) from r in MathOps.ReduceSum(sq) select r);

    /// <summary>The placeholder's static shape: fully known, batch unknown, or unknown rank (the gradients' dynamic paths).</summary>
    private static readonly Gen<TensorShape> PlaceholderShape = Gen.Elements(
        TensorShape.Of(2, 3), TensorShape.Of(new long?[] { null, 3 }), TensorShape.Unknown);

    private static readonly Gen<(Node Expr, Func<Tensor, Tf<Tensor>> Loss, double[] X, TensorShape Shape)> Case =
        from e in Expr(3)
        from loss in Loss
        from x in Values(6)
        from shape in PlaceholderShape
        select (e, loss, x, shape);

    [Fact]
    public void Tf_gradients_match_central_differences_on_random_float64_graphs()
    {
        Check.One(Config, Prop.ForAll(Case.ToArbitrary(), c =>
        {
            var built = (from x in ArrayOps.Placeholder(DType.Float64, c.Shape, name: "x")
                         from y in c.Expr(x)
                         from l in c.Loss(y)
                         from g in ScopeFn.Core.Gradients.Gradients.Build([l], [x])
                         select (x, l, g[0])).Run(World.Empty);
            Assert.Null(built.Error);
            var (xt, loss, grad) = built.Value;
            using var session = new ScopeFn.Interpreter.Session.Session(built.World, xt.Graph);
            double F(double[] v) => ((NdArray<double>)session.Run(loss, [new(xt, NdArray.FromFlat<double>(v, 2, 3))])!).ScalarValue;
            var analytic = grad is null
                ? new double[6]
                : ((NdArray<double>)session.Run(grad, [new(xt, NdArray.FromFlat<double>(c.X, 2, 3))])!).Span.ToArray();
            const double h = 1e-6;
            for (var i = 0; i < 6; i++)
            {
                var plus = c.X.ToArray();
                var minus = c.X.ToArray();
                plus[i] += h;
                minus[i] -= h;
                var numeric = (F(plus) - F(minus)) / (2 * h);
                Assert.True(Math.Abs(numeric - analytic[i]) <= 1e-4 * (1 + Math.Abs(numeric)),
                    $"d loss / d x[{i}]: tf.gradients {analytic[i]}, central difference {numeric}");
            }
        }));
    }
}
