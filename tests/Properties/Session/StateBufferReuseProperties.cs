using FsCheck;
using FsCheck.Fluent;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Ops;
using ScopeFn.Core.Types;
using ScopeFn.Core.Variables;
using ScopeFn.Core.Worlds;
using ScopeFn.Interpreter.Arrays;
using ScopeFn.Interpreter.Evaluation;
using ScopeFn.Interpreter.Session;

namespace ScopeFn.Properties.Session;

/// <summary>
/// The mutable <c>Session</c> reuses the buffers of variable values its runs replace, while the
/// pure <see cref="SessionRun.Run"/> never reuses anything. Over any sequence of runs and
/// observations, (1) the session fetches exactly what the pure function fetches from the same
/// inputs, and (2) every array anyone observed — a fetched value, a variable of a state read from
/// <c>Session.State</c> or returned by <c>Attempt</c> — keeps its contents to the end.
/// </summary>
public class StateBufferReuseProperties
{
    private const int N = 128; // 128×128 float32 = 64 KB: every large output comes from the pool

    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(60);

    private enum Action
    {
        StepV,        // v ← v·½ + x
        StepW,        // w ← w − v
        CopyVToW,     // w ← v: both variables hold one array
        StepVFetched, // v ← v·½ + x, fetching Assign's output (the new value)
        FetchBoth,    // [v, w]
        ReadState,    // Session.State
        AttemptStepV, // Attempt(v ← v·½ + x), keeping the returned state
    }

    private sealed record Fixture(World World, GraphId Id, Tensor X, Operation Init, Operation StepV, Tensor AssignedV, Operation StepW, Operation Copy, Tensor V, Tensor W);

    private static readonly Fixture G = BuildGraph();

    private static Fixture BuildGraph()
    {
        static Tf<Tensor> Assign(Variable v, Tensor value) =>
            OpApply.Apply1("Assign", null, [v.Handle, value], Attrs.Of(("use_locking", AttrValue.Of(true)), ("validate_shape", AttrValue.Of(true))));
        static Tf<Variable> Var(string name) =>
            ArrayOps.Zeros([N, N]).SelectMany(z => TfVariable.V1(new VariableArgs(z) { Name = name, UseResource = false }));
        var r = (from x in ArrayOps.Placeholder(DType.Float32, TensorShape.Of(N, N), name: "x")
                 from v in Var("v")
                 from w in Var("w")
                 from half in MathOps.Multiply(v.Value, 0.5f)
                 from nextV in MathOps.Add(half, x)
                 from assignV in Assign(v, nextV)
                 from nextW in MathOps.Subtract(w.Value, v.Value)
                 from assignW in Assign(w, nextW)
                 from copy in Assign(w, v.Value)
                 from stepV in ControlFlowOps.Group([assignV], "step_v")
                 from stepW in ControlFlowOps.Group([assignW], "step_w")
                 from copyOp in ControlFlowOps.Group([copy], "copy")
                 from init in VariableCollections.GlobalVariablesInitializer()
                 select new Fixture(default!, x.Graph, x, init, stepV, assignV, stepW, copyOp, v.Value, w.Value)).Run(World.Empty);
        Assert.Null(r.Error);
        return r.Value with { World = r.World };
    }

    private static NdArray<float> Input(int seed)
    {
        var data = new float[N * N];
        for (var k = 0; k < data.Length; k++) data[k] = (k * (seed + 3) % 13 - 6) / 4f;
        return NdArray.FromFlat<float>(data, N, N);
    }

    private static readonly Gen<(Action Action, int Seed)[]> Programs =
        from n in Gen.Choose(1, 12)
        from steps in Gen.ArrayOf(
            from a in Gen.Elements(Enum.GetValues<Action>())
            from s in Gen.Choose(0, 9)
            select (a, s), n)
        select steps;

    [Fact]
    public void A_reusing_session_fetches_what_the_pure_run_fetches_and_no_observed_array_changes()
    {
        Check.One(Config, Prop.ForAll(Programs.ToArbitrary(), program =>
        {
            using var session = new ScopeFn.Interpreter.Session.Session(G.World, G.Id);
            var pure = SessionState.Empty;
            var observed = new List<(NdArray Array, NdArray Copy)>();

            void Observe(NdArray? a)
            {
                Assert.NotNull(a);
                observed.Add((a, NdArray.FromFlat<float>(((NdArray<float>)a).Span, N, N)));
            }

            // Runs fetches on both sides, checks they agree and records what the caller now holds.
            object? Both(object fetches, NdArray? x = null, bool attempt = false)
            {
                var feeds = x is null ? null : new Dictionary<object, object?> { [G.X] = x };
                var reference = SessionRun.Run(G.World, G.Id, pure, fetches, feeds);
                Assert.Null(reference.Error);
                pure = reference.State;
                object? value;
                if (attempt)
                {
                    var r = session.Attempt(fetches, feeds);
                    Assert.Null(r.Error);
                    value = r.Value;
                    Observe(r.State.Read(VariableKey.Named("v")));
                    Observe(r.State.Read(VariableKey.Named("w")));
                }
                else
                {
                    value = session.Run(fetches, feeds);
                }
                foreach (var (ours, theirs) in BufferRecycler.ArraysIn(value).Zip(BufferRecycler.ArraysIn(reference.Value)))
                {
                    Assert.Equal(theirs, ours);
                    Observe(ours);
                }
                return value;
            }

            Both(G.Init);
            foreach (var (action, seed) in program)
            {
                switch (action)
                {
                    case Action.StepV: Both(G.StepV, Input(seed)); break;
                    case Action.StepW: Both(G.StepW); break;
                    case Action.CopyVToW: Both(G.Copy); break;
                    case Action.StepVFetched: Both(new List<object> { G.StepV, G.AssignedV }, Input(seed)); break;
                    case Action.FetchBoth: Both(new List<object> { G.V, G.W }); break;
                    case Action.AttemptStepV: Both(G.StepV, Input(seed), attempt: true); break;
                    case Action.ReadState:
                        var state = session.State;
                        Observe(state.Read(VariableKey.Named("v")));
                        Observe(state.Read(VariableKey.Named("w")));
                        break;
                }
                foreach (var (array, copy) in observed) Assert.Equal(copy, array);
            }
            Both(new List<object> { G.V, G.W });
        }));
    }
}
