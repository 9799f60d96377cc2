using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Ops;
using ScopeFn.Core.Scopes;
using static ScopeFn.Specs.Session.SessionHarness;

namespace ScopeFn.Specs.Session;

/// <summary>
/// Switch / Merge and dead tensors (control_flow_ops.cc kernels, executor.cc deadness): the untaken
/// Switch output is dead, a dead data or control input makes an op's outputs dead, Merge forwards its
/// first live input, and fetching a dead tensor fails as DirectSession reports an empty return slot
/// (after session.py's "Graph execution error:" header from error_interpolation.interpolate_graph).
/// </summary>
public class ControlFlowKernelSpecs
{
    private static Tf<(Operation Switch, Tensor Pred)> SwitchOn(bool taken) =>
        from data in Constant.Of(7.0, name: "data")
        from pred in Constant.Of(taken, name: "pred")
        from sw in OpApply.Apply("Switch", "sw", [data, pred])
        select (sw, pred);

    [Theory]
    [InlineData(true, 1)]
    [InlineData(false, 0)]
    public void Switch_forwards_its_data_to_the_output_the_predicate_picks(bool taken, int live)
    {
        var (world, s) = Build(SwitchOn(taken));
        using var sess = Open(world);
        Values(sess.Run(s.Switch.Output(live)), [], 7f);
        AssertError(Raises(() => sess.Run(s.Switch.Output(1 - live))), "InvalidArgumentError", "Graph execution error:\n\nRetval[0] does not have value");
    }

    [Fact]
    public void A_dead_input_or_control_input_makes_an_op_dead_and_unrun()
    {
        var (world, t) = Build(
            from s in SwitchOn(true)
            from viaData in ArrayOps.Identity(s.Switch.Output(0), "via_data")
            from deadOp in ArrayOps.Identity(s.Switch.Output(0), "dead_src")
            from viaControl in ControlDependencies.With([deadOp], Constant.Of(1.0, name: "via_control"))
            select (viaData, viaControl));
        using var sess = Open(world);
        var r = sess.Attempt(t.viaData);
        AssertError(r.Error!, "InvalidArgumentError", "Graph execution error:\n\nRetval[0] does not have value");
        Assert.DoesNotContain("via_data", r.Executed);
        AssertError(Raises(() => sess.Run(t.viaControl)), "InvalidArgumentError", "Graph execution error:\n\nRetval[0] does not have value");
    }

    [Fact]
    public void Merge_forwards_the_first_live_input_and_its_index()
    {
        var (world, merge) = Build(
            from s in SwitchOn(false)
            from other in Constant.Of(3.0, name: "other")
            from m in OpApply.Apply("Merge", "m", [new List<object> { s.Switch.Output(1), s.Switch.Output(0), other }])
            select m);
        using var sess = Open(world);
        var values = Assert.IsType<List<object?>>(sess.Run(new List<object> { merge.Output(0), merge.Output(1) }));
        Values(values[0], [], 7f);
        Assert.Equal(1, ((ScopeFn.Interpreter.Arrays.NdArray)values[1]!).GetBoxed(0));
    }

    [Fact] // DirectSession sorts the fetched names; the first empty slot in that order is reported.
    public void The_reported_slot_is_the_dead_tensors_place_among_the_sorted_fetch_names()
    {
        var (world, t) = Build(
            from s in SwitchOn(true)
            from a in Constant.Of(1.0, name: "a")
            from z in ArrayOps.Identity(s.Switch.Output(0), "z_dead")
            select (a, z));
        using var sess = Open(world);
        AssertError(Raises(() => sess.Run(new List<object> { t.z, t.a })), "InvalidArgumentError", "Graph execution error:\n\nRetval[1] does not have value");
    }

    [Fact]
    public void Switch_and_merge_shapes_follow_their_shape_functions()
    {
        var (_, t) = Build(
            from x in ArrayOps.Placeholder(ScopeFn.Core.Types.DType.Float32, ScopeFn.Core.Types.TensorShape.Of(2, 3), "x")
            from y in ArrayOps.Placeholder(ScopeFn.Core.Types.DType.Float32, ScopeFn.Core.Types.TensorShape.Of(new long?[] { 2, 4 }), "y")
            from p in ArrayOps.Placeholder(ScopeFn.Core.Types.DType.Bool, ScopeFn.Core.Types.TensorShape.Scalar, "p")
            from sw in OpApply.Apply("Switch", null, [x, p])
            from m in OpApply.Apply("Merge", null, [new List<object> { x, y }])
            select (sw, m));
        Assert.Equal("(2, 3)", t.sw.Output(1).Shape.ToString());
        Assert.Equal("(2, None)", t.m.Output(0).Shape.ToString());
        Assert.Equal("()", t.m.Output(1).Shape.ToString());
    }
}
