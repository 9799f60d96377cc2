using ScopeFn.Core.Errors;
using ScopeFn.Core.Functions;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Ops;
using ScopeFn.Core.Scopes;
using ScopeFn.Core.Worlds;
using static ScopeFn.Specs.Session.SessionHarness;

namespace ScopeFn.Specs.ControlFlow;

/// <summary>
/// cond_v2.py <c>cond_v2</c> / <c>_build_cond</c> in the core (control flow v2, TF 2.x's default):
/// branch FuncGraphs, their names and inputs, the If / StatelessIf op and its attrs, and the
/// errors TF raises while building.
/// </summary>
public class CondV2Specs
{
    private static Func<Tf<object?>> Returns(Func<Tf<Tensor>> f) => () => f().Select(t => (object?)t);

    private static Tf<Tensor> Mul(Tensor x, double y) => MathOps.Operator("mul", x, y);

    /// <summary>The If op behind a cond's output (<c>output.op.inputs[0].op</c> in cond_v2_test.py).</summary>
    private static Operation IfOp(World w, Tensor output) => w.Graph(output.Graph).Op(w.Graph(output.Graph).Op(output.OpId).Inputs[0].OpId);

    private static ConcreteFunction Branch(World w, Operation ifOp, string attr) =>
        w.Functions.Concretes.ValuesInHashOrder.Single(c => c.Name == ((AttrValue.FuncValue)ifOp.Attr(attr)!).Name);

    private static string[] Names(IEnumerable<Tensor> tensors) => tensors.Select(t => t.Name).ToArray();

    [Fact] // cond_v2_test.py _createCond: true_fn returns x, false_fn x + 1; both capture x once.
    public void A_cond_of_a_captured_tensor_builds_a_stateless_if_with_two_branch_functions()
    {
        var (w, output) = Build(
            from pred in Constant.Of(true, name: "pred")
            from x in Constant.Of(1.0, name: "x")
            from r in Conds.Cond(pred, () => Tf.Pure<object?>(x), Returns(() => MathOps.Operator("add", x, 1.0)), null, strict: true)
            select (Tensor)r!);
        var op = IfOp(w, output);
        Assert.Equal(("cond/Identity:0", "cond", "StatelessIf"), (output.Name, op.Name, op.Type));
        Assert.Equal(["pred:0", "x:0"], Names(op.Inputs));
        var then = Branch(w, op, "then_branch");
        var @else = Branch(w, op, "else_branch");
        // unique_fn_name: "cond/" + "true" + "_" + ops.uid(), '/' → '_'; the false name takes the next uid.
        Assert.Matches(@"^cond_true_\d+$", then.Name);
        Assert.Equal("cond_false_" + (long.Parse(then.Name["cond_true_".Length..]) + 1), @else.Name);
        // Captures are placeholders named after the captured op, in the name scope of the op reading them;
        // in a plain graph the outputs are not passed through an Identity (no automatic control dependencies).
        Assert.Equal(["x:0"], Names(then.Inputs));
        Assert.Equal(["x:0"], Names(then.Outputs));
        Assert.Equal(["add/x:0"], Names(@else.Inputs));
        Assert.Equal(["add:0"], Names(@else.Outputs));
        Assert.Equal(w.Graph(output.Graph).Id, w.Graph(then.Graph).OuterGraph);
    }

    [Fact] // cond_v2.py _build_cond: the attrs gen_functional_ops.stateless_if is given, then maybe_set_lowering_attr and _set_read_only_resource_inputs_attr.
    public void The_if_op_carries_tcond_tin_tout_branches_output_shapes_and_the_lowering_attrs()
    {
        var (w, output) = Build(
            from pred in ArrayOps.Placeholder(ScopeFn.Core.Types.DType.Bool, ScopeFn.Core.Types.TensorShape.Scalar, "pred")
            from x in Constant.Of(new[] { 1.0, 2.0 }, name: "x")
            from y in Constant.Of(new[] { 1.0, 2.0, 3.0 }, name: "y")
            from r in Conds.Cond(pred, Returns(() => Mul(x, 2.0)), Returns(() => Mul(y, 3.0)), null, strict: true)
            select (Tensor)r!);
        var op = IfOp(w, output);
        Assert.Equal(AttrValue.Of(ScopeFn.Core.Types.DType.Bool), op.Attr("Tcond"));
        Assert.Equal("[DT_FLOAT, DT_FLOAT]", op.Attr("Tin")!.Summarize());
        Assert.Equal("[DT_FLOAT]", op.Attr("Tout")!.Summarize());
        Assert.Equal("[[?]]", op.Attr("output_shapes")!.Summarize());   // most_specific_compatible_shape([2], [3])
        Assert.Equal(AttrValue.Of(true), op.Attr("_lower_using_switch_merge"));
        Assert.Equal("[]", op.Attr("_read_only_resource_inputs")!.Summarize());
        Assert.Equal("(None,)", output.Shape.ToString());
        Assert.False(w.Graph(op.Graph).IsFetchable(op.Id));   // if_op.graph.prevent_fetching(if_op)
        Assert.True(w.Graph(op.Graph).IsFetchable(output.OpId));
    }

    [Fact] // cond_v2.py _make_inputs_match / _create_dummy_input (cond_v2_test.py testBasic's true_fn / false_fn).
    public void A_tensor_only_one_branch_captures_gets_a_dummy_placeholder_in_the_other()
    {
        var (w, output) = Build(
            from pred in Constant.Of(true, name: "pred")
            from x in Constant.Of(1.0, name: "x")
            from y in Constant.Of(2.0, name: "y")
            from r in Conds.Cond(pred, Returns(() => Mul(x, 2.0)), Returns(() => Mul(y, 3.0)), null, strict: true)
            select (Tensor)r!);
        var op = IfOp(w, output);
        Assert.Equal(["pred:0", "x:0", "y:0"], Names(op.Inputs));
        Assert.Equal(["mul/x:0", "Placeholder:0"], Names(Branch(w, op, "then_branch").Inputs));
        // y * 3.0 converts 3.0 first as "mul/y" (binary_op_wrapper's name="y"), so y's capture is "mul/y_1".
        Assert.Equal(["Placeholder:0", "mul/y_1:0"], Names(Branch(w, op, "else_branch").Inputs));
    }

    [Fact] // cond_v2.py _build_cond: gen_functional_ops._if when a branch holds a stateful op.
    public void A_stateful_branch_makes_an_if_op()
    {
        var (w, output) = Build(
            from pred in Constant.Of(true, name: "pred")
            from r in Conds.Cond(pred,
                Returns(() => ScopeFn.Core.Ops.Initializers.RandomOps.RandomUniform([2L])),
                Returns(() => ArrayOps.Zeros([2L])), null, strict: true)
            select (Tensor)r!);
        Assert.Equal("If", IfOp(w, output).Type);
    }

    [Fact] // cond_v2_test.py testDefaultName: name "" and None are "cond", uniquified in the name scope.
    public void Names_follow_the_name_scope_and_unique_fn_name()
    {
        var (w, ops) = Build(
            from pred in Constant.Of(true, name: "pred")
            from x in Constant.Of(1.0, name: "x")
            from pair in NameScope.V1("foo", null, null, _ =>
                from a in Conds.Cond(pred, () => Tf.Pure<object?>(x), () => Tf.Pure<object?>(x), "", strict: true)
                from b in Conds.Cond(pred, () => Tf.Pure<object?>(x), () => Tf.Pure<object?>(x), null, strict: true)
                select ((Tensor)a!, (Tensor)b!))
            select pair);
        var first = IfOp(w, ops.Item1);
        var second = IfOp(w, ops.Item2);
        Assert.Equal(("foo/cond", "foo/cond_1"), (first.Name, second.Name));
        Assert.Matches(@"^foo_cond_true_\d+$", ((AttrValue.FuncValue)first.Attr("then_branch")!).Name);
        Assert.Matches(@"^foo_cond_1_false_\d+$", ((AttrValue.FuncValue)second.Attr("else_branch")!).Name);
    }

    [Fact] // cond_v2.py verify_captures.
    public void A_branch_reading_a_tensor_of_the_other_branch_is_refused()
    {
        Tensor? leaked = null;
        var r = (from pred in Constant.Of(true, name: "pred")
                 from c in Conds.Cond(pred,
                     Returns(() => Constant.Of(1.0, name: "c").Select(t => leaked = t)),
                     Returns(() => ArrayOps.Identity(leaked!)), null, strict: true)
                 select c).Run(World.Empty);
        Assert.IsType<ValueError>(r.Error);
        Assert.Equal("Tensor c:0 in true_fn is accessed from false_fn.", r.Error!.Message);
    }

    [Fact] // cond_v2.py _check_same_outputs (the error text; a Python int is an int32 constant).
    public void Branches_returning_different_dtypes_are_refused()
    {
        var r = (from pred in Constant.Of(true, name: "pred")
                 from c in Conds.Cond(pred, Returns(() => Constant.Of(1.0, name: "a")), Returns(() => Constant.Of(1L, name: "b")), null, strict: true)
                 select c).Run(World.Empty);
        Assert.IsType<TypeError>(r.Error);
        Assert.Equal("true_fn and false_fn arguments to tf.cond must have the same number, type, and overall structure of return values.\n\n" +
            "true_fn output: Tensor(\"a:0\", shape=(), dtype=float32)\nfalse_fn output: Tensor(\"b:0\", shape=(), dtype=int32)\n\nError details:\n" +
            "Tensor(\"a:0\", shape=(), dtype=float32) and Tensor(\"b:0\", shape=(), dtype=int32) have different types", r.Error!.Message);
    }

    [Fact] // cond.py cond: with control flow v1 the Switch/Merge cond is built instead.
    public void After_disable_control_flow_v2_the_cond_is_v1()
    {
        var (_, output) = Build(
            from _ in ControlFlowToggles.Disable
            from pred in Constant.Of(true, name: "pred")
            from r in Conds.Cond(pred, Returns(() => Constant.Of(1.0)), Returns(() => Constant.Of(2.0)))
            select (Tensor)r!);
        Assert.Equal("cond/Merge:0", output.Name);
    }
}
