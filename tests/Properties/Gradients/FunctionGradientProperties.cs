using FsCheck;
using FsCheck.Fluent;
using ScopeFn.Core.Contexts;
using ScopeFn.Core.Eager;
using ScopeFn.Core.Functions;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Ops;
using ScopeFn.Core.Tapes;
using ScopeFn.Core.Types;
using ScopeFn.Core.Worlds;
using ScopeFn.Interpreter.Arrays;
using ScopeFn.Interpreter.Eager;
using GradientsUtil = ScopeFn.Core.Gradients.Gradients;

namespace ScopeFn.Properties.Gradients;

/// <summary>
/// Gradients through a <c>tf.function</c> call op equal the gradients of the same computation
/// written inline, and central differences: random float64 functions of an argument x and a
/// captured outer tensor c (some with a nested tf.function), differentiated with respect to both
/// by <c>tf.gradients</c> (delayed rewrite), by a GradientTape while building a graph, and by
/// eager tapes — non-persistent (first-order forward/backward functions) and persistent
/// (higher-order ones). Source: concrete_function.py (_DelayedRewriteGradientFunctions,
/// _FirstOrderTapeGradientFunctions, _HigherOrderTapeGradientFunctions), function_gradients_test.py
/// (gradients of defuns equal the gradients of the inlined ops).
/// </summary>
public class FunctionGradientProperties
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(25);

    private static readonly Gen<double> Number = Gen.Choose(-900, 900).Select(i => i / 311.0 + 0.0013);

    private static Gen<double[]> Values(int n) => Gen.ArrayOf(Number, n);

    /// <summary>A computation of x and c, both [2, 3] float64; <paramref name="nested"/> says whether tf.function wrappers are traced.</summary>
    private delegate Tf<Tensor> Node(Tensor x, Tensor c, bool nested);

    private static Gen<Node> Leaf => Gen.OneOf(
        Gen.Constant<Node>((x, _, _) => Tf.Pure(x)),
        Gen.Constant<Node>((_, c, _) => Tf.Pure(c)),
        Values(6).Select<double[], Node>(v => (_, _, _) => Constant.Of(v, DType.Float64, [2, 3])));

    private static Gen<Node> Expr(int depth) => depth == 0 ? Leaf : Gen.OneOf(
        Leaf,
        from op in Gen.Elements("Neg", "Tanh", "Sigmoid", "Softmax", "Identity")
        from a in Expr(depth - 1)
        select (Node)((x, c, n) => a(x, c, n).SelectMany(t => Unary(op, t))),
        from op in Gen.Elements("AddV2", "Sub", "Mul")
        from l in Expr(depth - 1)
        from r in Expr(depth - 1)
        select (Node)((x, c, n) => from lt in l(x, c, n) from rt in r(x, c, n) from y in Binary(op, lt, rt) select y),
        // An inner tf.function of one argument (the sub-computation's value) that also captures c.
        from a in Expr(depth - 1)
        from op in Gen.Elements("AddV2", "Mul")
        select (Node)((x, c, n) =>
            from at in a(x, c, n)
            from y in n
                ? from f in PolyFunctions.Define(null, "inner", ["a"])
                  from r in PolyFunctions.Call(f, [at], args => Binary(op, (Tensor)args[0]!, c).Select(t => (object?)t))
                  select (Tensor)r!
                : Binary(op, at, c)
            select y));

    private static Tf<Tensor> Unary(string op, Tensor t) => op switch
    {
        "Neg" => MathOps.Negative(t),
        "Tanh" => MathOps.Tanh(t),
        "Sigmoid" => MathOps.Sigmoid(t),
        "Softmax" => NnOps.Softmax(t),
        _ => ArrayOps.Identity(t),
    };

    private static Tf<Tensor> Binary(string op, Tensor l, Tensor r) => op switch
    {
        "AddV2" => MathOps.Add(l, r),
        "Sub" => MathOps.Subtract(l, r),
        _ => MathOps.Multiply(l, r),
    };

    private static Tf<Tensor> Loss(Tensor y) => from sq in MathOps.Multiply(y, y) from s in MathOps.ReduceSum(sq) select s;

    /// <summary>loss(f(x, c)) with f a tf.function (when <paramref name="function"/>) or inline.</summary>
    private static Tf<Tensor> Program(Node node, Tensor x, Tensor c, bool function) =>
        function
            ? from f in PolyFunctions.Define(null, "f", ["x"])
              from y in PolyFunctions.Call(f, [x], args => node((Tensor)args[0]!, c, true).Select(t => (object?)t))
              from l in Loss((Tensor)y!)
              select l
            : from y in node(x, c, false) from l in Loss(y) select l;

    private static readonly Gen<(Node Node, double[] X, double[] C)> Case =
        from e in Expr(3)
        from x in Values(6)
        from c in Values(6)
        select (e, x, c);

    private static World Eager => EagerMode.Tf2Process(InterpreterEagerExecutor.Initial);

    private static double[] Flat(World w, Tensor? t) =>
        t is null ? new double[6] : ((NdArray<double>)w.Eager.Value(t)!.Data).Span.ToArray();

    /// <summary>d loss / d x and d loss / d c by an eager tape, through a function or inline.</summary>
    private static (double[] Dx, double[] Dc) EagerTape(Node node, double[] xv, double[] cv, bool function, bool persistent)
    {
        var program =
            from x in Constant.Of(xv, DType.Float64, [2, 3])
            from c in Constant.Of(cv, DType.Float64, [2, 3])
            from tape in GradientTapes.New(persistent)
            from l in GradientTapes.Recording(tape,
                from _ in GradientTapes.Watch(tape, [x, c])
                from l in Program(node, x, c, function)
                select l)
            from g in TapeGradients.Gradient(tape, [l], [x, c])
            select g;
        var r = program.Run(Eager);
        Assert.True(r.Error is null, r.Error?.ToString());
        return (Flat(r.World, r.Value[0]), Flat(r.World, r.Value[1]));
    }

    /// <summary>The same by tf.gradients (or a tape) in a graph, evaluated in a session.</summary>
    private static (double[] Dx, double[] Dc) InGraph(Node node, double[] xv, double[] cv, bool function, bool tape)
    {
        var program =
            from x in Constant.Of(xv, DType.Float64, [2, 3], name: "x")
            from c in Constant.Of(cv, DType.Float64, [2, 3], name: "c")
            from g in tape
                ? from t in GradientTapes.New()
                  from l in GradientTapes.Recording(t,
                      from _ in GradientTapes.Watch(t, [x, c])
                      from l in Program(node, x, c, function)
                      select l)
                  from g in TapeGradients.Gradient(t, [l], [x, c])
                  select g
                : from l in Program(node, x, c, function)
                  from g in GradientsUtil.Build([l], [x, c])
                  select g
            select (x.Graph, g);
        var r = program.Run(World.Empty);
        Assert.True(r.Error is null, r.Error?.ToString());
        using var session = new ScopeFn.Interpreter.Session.Session(r.World, r.Value.Graph);
        double[] Run(Tensor? t) => t is null ? new double[6] : ((NdArray<double>)session.Run(t)!).Span.ToArray();
        return (Run(r.Value.g[0]), Run(r.Value.g[1]));
    }

    private static double EagerLoss(Node node, double[] xv, double[] cv)
    {
        var r = (from x in Constant.Of(xv, DType.Float64, [2, 3])
                 from c in Constant.Of(cv, DType.Float64, [2, 3])
                 from l in Program(node, x, c, false)
                 select l).Run(Eager);
        Assert.True(r.Error is null, r.Error?.ToString());
        return ((NdArray<double>)r.World.Eager.Value(r.Value)!.Data).ScalarValue;
    }

    private static void Close(double[] expected, double[] actual, string what)
    {
        for (var i = 0; i < expected.Length; i++)
            Assert.True(Math.Abs(expected[i] - actual[i]) <= 1e-6 * (1 + Math.Abs(expected[i])),
                $"{what}[{i}]: expected {expected[i]}, got {actual[i]}");
    }

    [Fact]
    public void Gradients_through_function_calls_equal_inlined_gradients_and_central_differences()
    {
        Check.One(Config, Prop.ForAll(Case.ToArbitrary(), k =>
        {
            var inline = EagerTape(k.Node, k.X, k.C, function: false, persistent: false);
            // Central differences of the inlined loss check the reference itself.
            const double h = 1e-6;
            for (var i = 0; i < 6; i++)
            {
                var plus = k.X.ToArray();
                var minus = k.X.ToArray();
                plus[i] += h;
                minus[i] -= h;
                var numeric = (EagerLoss(k.Node, plus, k.C) - EagerLoss(k.Node, minus, k.C)) / (2 * h);
                Assert.True(Math.Abs(numeric - inline.Dx[i]) <= 1e-4 * (1 + Math.Abs(numeric)), $"d/dx[{i}]: tape {inline.Dx[i]}, central {numeric}");
            }
            foreach (var (name, got) in new[]
            {
                ("eager tape", EagerTape(k.Node, k.X, k.C, function: true, persistent: false)),
                ("eager persistent tape", EagerTape(k.Node, k.X, k.C, function: true, persistent: true)),
                ("tf.gradients", InGraph(k.Node, k.X, k.C, function: true, tape: false)),
                ("graph tape", InGraph(k.Node, k.X, k.C, function: true, tape: true)),
            })
            {
                Close(inline.Dx, got.Dx, name + " d/dx");
                Close(inline.Dc, got.Dc, name + " d/dc");
            }
        }));
    }

    [Fact]
    public void Second_derivatives_through_function_calls_equal_inlined_ones()
    {
        // d²/dx² of sum(f(x)) with f(x) = x * x * x + c * x: 6x, through nested eager tapes and through tf.gradients twice.
        FunctionBody cube = args => from x2 in MathOps.Multiply(args[0]!, args[0]!) from x3 in MathOps.Multiply(x2, args[0]!) select (object?)x3;
        var eager =
            from x in Constant.Of(new[] { 0.5, -1.25, 2.0 }, DType.Float64, [3])
            from outer in GradientTapes.New()
            from dy in GradientTapes.Recording(outer,
                from _ in GradientTapes.Watch(outer, [x])
                from inner in GradientTapes.New()
                from y in GradientTapes.Recording(inner,
                    from __ in GradientTapes.Watch(inner, [x])
                    from f in PolyFunctions.Define(null, "cube", ["x"])
                    from y in PolyFunctions.Call(f, [x], cube)
                    select (Tensor)y!)
                from g in TapeGradients.Gradient(inner, [y], [x])
                select g[0]!)
            from d2 in TapeGradients.Gradient(outer, [dy], [x])
            select d2[0];
        var r = eager.Run(Eager);
        Assert.True(r.Error is null, r.Error?.ToString());
        Assert.Equal(new[] { 3.0, -7.5, 12.0 }, ((NdArray<double>)r.World.Eager.Value(r.Value!)!.Data).Span.ToArray());

        var graph =
            from x in Constant.Of(new[] { 0.5, -1.25, 2.0 }, DType.Float64, [3])
            from f in PolyFunctions.Define(null, "cube", ["x"])
            from y in PolyFunctions.Call(f, [x], cube)
            from g in GradientsUtil.Build([y!], [x])
            from g2 in GradientsUtil.Build([g[0]!], [x])
            select g2[0];
        var gr = graph.Run(World.Empty);
        Assert.Null(gr.Error);
        using var session = new ScopeFn.Interpreter.Session.Session(gr.World, gr.Value!.Graph);
        Assert.Equal(new[] { 3.0, -7.5, 12.0 }, ((NdArray<double>)session.Run(gr.Value)!).Span.ToArray());
    }
}
