using ScopeFn.Core.Graphs;
using ScopeFn.Core.Ops;
using ScopeFn.Core.Worlds;
using ScopeFn.Interpreter.Session;
using static ScopeFn.Specs.Session.SessionHarness;

namespace ScopeFn.Specs.Session;

/// <summary>
/// The executor cache (tensorflow/core/common_runtime/direct_session.cc, GetOrCreateExecutors): a
/// session builds the pruned plan of a (fetches, feeds, targets) signature once and reuses it; the
/// graph may grow between runs (DirectSession::Extend — ops added after the session was created are
/// runnable). The cache must never change what a run computes.
/// </summary>
public class ExecutorCacheSpecs
{
    [Fact]
    public void A_repeated_signature_reuses_its_plan()
    {
        var (world, y) = Build(
            from x0 in Constant.Of(2.0f, name: "x")
            from y0 in MathOps.Add(x0, 1.0f, name: "y")
            select y0);
        using var sess = Open(world);
        var first = sess.Attempt(y);
        var cache = sess.State.Executors;
        var second = sess.Attempt(y);
        Values(second.ValueOrThrow(), [], 3f);
        Assert.Equal(first.Executed.ToArray(), second.Executed.ToArray());
        Assert.Equal(1, sess.State.Executors.Count);
        // Nothing new to plan: the second run hands back the same cache value.
        Assert.Same(cache, sess.State.Executors);
    }

    [Fact]
    public void Feeds_are_part_of_the_signature()
    {
        var (world, (x, y)) = Build(
            from x0 in Constant.Of(2.0f, name: "x")
            from y0 in MathOps.Add(x0, 1.0f, name: "y")
            select (x0, y0));
        using var sess = Open(world);
        var computed = sess.Attempt(y);
        var fed = sess.Attempt(y, Feed((x, 10f)));
        var again = sess.Attempt(y);
        Values(computed.ValueOrThrow(), [], 3f);
        Values(fed.ValueOrThrow(), [], 11f);
        Values(again.ValueOrThrow(), [], 3f);
        // The fed tensor cuts its producer out of the plan (DirectSession prunes at feeds).
        Assert.Contains("x", computed.Executed);
        Assert.DoesNotContain("x", fed.Executed);
        Assert.Contains("x", again.Executed);
        Assert.Equal(2, sess.State.Executors.Count);
    }

    [Fact]
    public void Ops_added_after_a_run_are_runnable_and_earlier_plans_stay_valid()
    {
        var (world, x) = Build(Constant.Of(2.0f, name: "x"));
        var current = world;
        using var sess = new ScopeFn.Interpreter.Session.Session(() => current, x.Graph);
        Values(sess.Run(x), [], 2f);

        var grown = ScopeFn.Core.Scopes.DefaultGraph.AsDefault(x.Graph, MathOps.Multiply(x, 4.0f, name: "z")).Run(current);
        Assert.Null(grown.Error);
        current = grown.World;
        Values(sess.Run(grown.Value), [], 8f);
        var rerun = sess.Attempt(x);
        Values(rerun.ValueOrThrow(), [], 2f);
        Assert.Equal(["x"], rerun.Executed.ToArray());
        Assert.Equal(2, sess.State.Executors.Count);
    }

    [Fact]
    public void A_plan_is_rebuilt_when_one_of_its_ops_was_replaced()
    {
        // op._update_input (ops.py) replaces an op of a graph in place; a plan that ran the old op
        // must not keep running it.
        var (world, (_, b, z)) = Build(
            from a0 in Constant.Of(1.0f, name: "a")
            from b0 in Constant.Of(2.0f, name: "b")
            from z0 in ArrayOps.Identity(a0, name: "z")
            select (a0, b0, z0));
        var current = world;
        using var sess = new ScopeFn.Interpreter.Session.Session(() => current, z.Graph);
        Values(sess.Run(z), [], 1f);

        var g = current.Graph(z.Graph);
        var op = g.Op(z.OpId);
        var rewired = op with { Inputs = op.Inputs.SetItem(0, b) };
        current = current.WithGraph(g with { Ops = g.Ops.Take(op.Id - 1).Add(rewired).Concat(g.Ops.Skip(op.Id)) });

        var r = sess.Attempt(z);
        Values(r.ValueOrThrow(), [], 2f);
        Assert.Equal(["b", "z"], r.Executed.ToArray());
    }

    [Fact]
    public void The_same_fetch_in_another_graph_of_the_session_world_is_a_different_signature()
    {
        var (world, first) = Build(Constant.Of(1.0f, name: "c"));
        var (world2, second) = InNewGraph(world, Constant.Of(5.0f, name: "c"));
        Assert.Equal(first.OpId, second.OpId);
        var state = SessionState.Empty;
        var r1 = Evaluator.Run(world2, first.Graph, state, new Dictionary<Tensor, ScopeFn.Interpreter.Arrays.NdArray>(), [first]);
        var r2 = Evaluator.Run(world2, second.Graph, r1.State, new Dictionary<Tensor, ScopeFn.Interpreter.Arrays.NdArray>(), [second]);
        Values(r1.ValuesOrThrow()[0], [], 1f);
        Values(r2.ValuesOrThrow()[0], [], 5f);
        Assert.Equal(2, r2.State.Executors.Count);
    }

    [Fact]
    public void The_cache_does_not_take_part_in_state_equality()
    {
        var (world, c) = Build(Constant.Of(1.0f, name: "c"));
        var run = Evaluator.Run(world, c.Graph, SessionState.Empty, new Dictionary<Tensor, ScopeFn.Interpreter.Arrays.NdArray>(), [c]);
        Assert.Equal(1, run.State.Executors.Count);
        Assert.Equal(SessionState.Empty, run.State);
    }

    [Fact]
    public void The_cache_is_bounded()
    {
        var (world, c) = Build(Constant.Of(1.0f, name: "c"));
        var plan = new CachedPlan([], new Dictionary<string, int>());
        var cache = ExecutorCache.Empty;
        for (var i = 0; i < ExecutorCache.Capacity; i++)
            cache = cache.With(PlanKey.Of(new GraphId(i + 1), [c], [], []), plan);
        Assert.Equal(ExecutorCache.Capacity, cache.Count);
        cache = cache.With(PlanKey.Of(new GraphId(ExecutorCache.Capacity + 1), [c], [], []), plan);
        Assert.Equal(1, cache.Count);
        Assert.NotNull(cache.Find(PlanKey.Of(new GraphId(ExecutorCache.Capacity + 1), [c], [], []), world.Graph(c.Graph)));
    }
}
