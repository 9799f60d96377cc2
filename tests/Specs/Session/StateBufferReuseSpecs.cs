using ScopeFn.Core.Graphs;
using ScopeFn.Core.Ops;
using ScopeFn.Core.Types;
using ScopeFn.Core.Variables;
using ScopeFn.Interpreter.Arrays;
using ScopeFn.Interpreter.Evaluation;
using ScopeFn.Interpreter.Session;
using static ScopeFn.Specs.Session.SessionHarness;

namespace ScopeFn.Specs.Session;

/// <summary>
/// A session reuses the buffer of a variable value that an assignment replaced, but only while no
/// one outside the session can still see that value: not through the state (<c>Session.State</c>,
/// <c>Attempt</c>'s result), not through a fetched value, not through another variable holding the
/// same array. The update is TF's plain SGD form, <c>v ← v − x / 2</c> (Assign of a Sub), and the
/// expected values follow from arithmetic alone: with x the same integer grid g every step, k
/// steps from zero give exactly −k·g/2 (small multiples of 1/2 are exact in float32).
/// </summary>
public class StateBufferReuseSpecs
{
    private const int N = 256; // 256×256 float32 = 256 KB, far above the pool's minimum size
    private const long ValueBytes = N * N * sizeof(float);

    private static readonly VariableKey V = VariableKey.Named("v");

    private static float G(int k) => k % 7 - 3;

    private static NdArray<float> Grid()
    {
        var g = new float[N * N];
        for (var k = 0; k < g.Length; k++) g[k] = G(k);
        return NdArray.FromFlat<float>(g, N, N);
    }

    private sealed record Fixture(ScopeFn.Interpreter.Session.Session Session, Tensor X, Operation Step, Tensor Value, Operation CopyToW, Tensor WValue);

    /// <summary>v and w start at zero; Step is v ← v − x/2, CopyToW is w ← v (w then holds v's very array).</summary>
    private static Fixture Open()
    {
        var (world, t) = Build(
            from x in ArrayOps.Placeholder(DType.Float32, TensorShape.Of(N, N), name: "x")
            from v in ArrayOps.Zeros([N, N]).SelectMany(z => TfVariable.V1(new VariableArgs(z) { Name = "v", UseResource = false }))
            from w in ArrayOps.Zeros([N, N]).SelectMany(z => TfVariable.V1(new VariableArgs(z) { Name = "w", UseResource = false }))
            from half in MathOps.Multiply(x, 0.5f)
            from next in MathOps.Subtract(v.Value, half)
            from assign in OpApply.Apply1("Assign", null, [v.Handle, next], Attrs.Of(("use_locking", AttrValue.Of(true)), ("validate_shape", AttrValue.Of(true))))
            from assignW in OpApply.Apply1("Assign", null, [w.Handle, v.Value], Attrs.Of(("use_locking", AttrValue.Of(true)), ("validate_shape", AttrValue.Of(true))))
            // Run as ops, as a training loop runs its train op: fetching Assign's output would return the new value.
            from step in ControlFlowOps.Group([assign], "step")
            from copy in ControlFlowOps.Group([assignW], "copy")
            from init in VariableCollections.GlobalVariablesInitializer()
            select (x, step, v, copy, w, init));
        var session = SessionHarness.Open(world);
        session.Run(t.init);
        return new Fixture(session, t.x, t.step, t.v.Value, t.copy, t.w.Value);
    }

    private static void Steps(Fixture g, NdArray<float> x, int count)
    {
        for (var i = 0; i < count; i++) g.Session.Run(g.Step, Feed((g.X, x)));
    }

    /// <summary>The value after <paramref name="steps"/> steps, element by element.</summary>
    private static void AssertAfterSteps(object? value, int steps)
    {
        var a = Assert.IsType<NdArray<float>>(value);
        for (var k = 0; k < N * N; k++)
            if (a[k] != -steps * G(k) / 2) Assert.Fail($"element {k}: expected {-steps * G(k) / 2}, got {a[k]}");
    }

    private static NdArray<float> CopyOf(NdArray? a) => NdArray.FromFlat<float>(Assert.IsType<NdArray<float>>(a).Span, N, N);

    [Fact]
    public void A_training_step_reuses_the_replaced_value_and_allocates_less_than_one_value()
    {
        var g = Open();
        var x = Grid();
        Steps(g, x, 3);
        var before = GC.GetAllocatedBytesForCurrentThread();
        Steps(g, x, 4);
        var perStep = (GC.GetAllocatedBytesForCurrentThread() - before) / 4;
        // Without reuse every step allocates the new value afresh (ValueBytes).
        Assert.True(perStep < ValueBytes / 2, $"{perStep} bytes allocated per step; a fresh value is {ValueBytes}");
        AssertAfterSteps(g.Session.Run(g.Value), 7);
    }

    [Fact]
    public void A_state_read_from_the_session_keeps_its_values_while_later_runs_replace_them()
    {
        var g = Open();
        var x = Grid();
        Steps(g, x, 1);
        var observed = g.Session.State;
        var copy = CopyOf(observed.Read(V));
        Steps(g, x, 5);
        Assert.Equal(copy, observed.Read(V));
        AssertAfterSteps(observed.Read(V), 1);
        AssertAfterSteps(g.Session.Run(g.Value), 6);
    }

    [Fact]
    public void The_state_Attempt_returns_keeps_its_values_while_later_runs_replace_them()
    {
        var g = Open();
        var x = Grid();
        Steps(g, x, 2);
        var observed = g.Session.Attempt(g.Step, Feed((g.X, x))).State;
        Steps(g, x, 5);
        AssertAfterSteps(observed.Read(V), 3);
        AssertAfterSteps(g.Session.Run(g.Value), 8);
    }

    [Fact]
    public void A_fetched_variable_value_keeps_its_values_while_later_runs_replace_it()
    {
        var g = Open();
        var x = Grid();
        Steps(g, x, 2);
        var fetched = g.Session.Run(g.Value);
        Steps(g, x, 5);
        AssertAfterSteps(fetched, 2);
        AssertAfterSteps(g.Session.Run(g.Value), 7);
    }

    [Fact]
    public void A_value_another_variable_still_holds_is_not_reused_when_the_first_is_replaced()
    {
        var g = Open();
        var x = Grid();
        Steps(g, x, 2);
        g.Session.Run(g.CopyToW); // w now holds v's array itself (Assign stores the value, no copy)
        Steps(g, x, 5);
        AssertAfterSteps(g.Session.Run(g.WValue), 2);
        AssertAfterSteps(g.Session.Run(g.Value), 7);
    }

    [Fact]
    public void Reuse_is_tracked_only_for_unseen_values()
    {
        var g = Open();
        var x = Grid();
        Steps(g, x, 1);
        Assert.Equal(ValueBytes, g.Session.UnsharedStateBytes);
        _ = g.Session.State;
        Assert.Equal(0, g.Session.UnsharedStateBytes);
        Steps(g, x, 1);
        Assert.Equal(ValueBytes, g.Session.UnsharedStateBytes);
        g.Session.Run(g.Value);
        Assert.Equal(0, g.Session.UnsharedStateBytes);
    }
}
