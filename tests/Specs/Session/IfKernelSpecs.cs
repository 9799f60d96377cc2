using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Ops;
using ScopeFn.Core.Types;
using static ScopeFn.Specs.Session.SessionHarness;

namespace ScopeFn.Specs.Session;

/// <summary>
/// If / StatelessIf kernels (functional_ops.cc IfOp): the predicate picks then_branch or
/// else_branch, which runs on the op's inputs after the predicate (cond_v2_test.py testBasic:
/// x = 1.0, y = 2.0, true_fn x * 2.0, false_fn y * 3.0).
/// </summary>
public class IfKernelSpecs
{
    private static (ScopeFn.Core.Worlds.World World, (Tensor Pred, Tensor Out) Value) Basic() => Build(
        from pred in ArrayOps.Placeholder(DType.Bool, TensorShape.Scalar, "pred")
        from x in Constant.Of(1.0, name: "x")
        from y in Constant.Of(2.0, name: "y")
        from r in Conds.Cond(pred,
            () => MathOps.Operator("mul", x, 2.0).Select(t => (object?)t),
            () => MathOps.Operator("mul", y, 3.0).Select(t => (object?)t), null, strict: true)
        select (pred, (Tensor)r!));

    [Theory]
    [InlineData(true, 2f)]
    [InlineData(false, 6f)]
    public void The_predicate_picks_the_branch_that_runs(bool taken, float expected)
    {
        var (world, t) = Basic();
        using var sess = new ScopeFn.Interpreter.Session.Session(world, t.Pred.Graph);   // the branch FuncGraphs came last
        Values(sess.Run(t.Out, Feed((t.Pred, taken))), [], expected);
    }

    [Fact] // cond_v2_test.py testMultipleOutputs: (x * y, y) or (x, y * 3.0) with x = 1.0, y = 3.0.
    public void Every_output_of_the_taken_branch_comes_out_in_the_true_branch_structure()
    {
        var (world, t) = Build(
            from pred in ArrayOps.Placeholder(DType.Bool, TensorShape.Scalar, "pred")
            from x in Constant.Of(1.0, name: "x")
            from y in Constant.Of(3.0, name: "y")
            from r in Conds.Cond(pred,
                () => MathOps.Operator("mul", x, y).Select(p => (object?)new ScopeFn.Core.Functions.OutputSequence(false, new object?[] { p, y })),
                () => MathOps.Operator("mul", y, 3.0).Select(p => (object?)new ScopeFn.Core.Functions.OutputSequence(false, new object?[] { x, p })),
                null, strict: true)
            select (pred, (ScopeFn.Core.Functions.OutputSequence)r!));
        var outs = t.Item2.Items.Cast<Tensor>().ToArray();
        using var sess = new ScopeFn.Interpreter.Session.Session(world, t.pred.Graph);
        Values(sess.Run(outs[0], Feed((t.pred, false))), [], 1f);
        Values(sess.Run(outs[1], Feed((t.pred, false))), [], 9f);
        Values(sess.Run(outs[1], Feed((t.pred, true))), [], 3f);
    }
}
