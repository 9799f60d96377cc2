using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Ops;
using ScopeFn.Core.Ops.Initializers;
using ScopeFn.Core.Types;
using ScopeFn.Core.Variables;
using ScopeFn.Core.Worlds;
using ScopeFn.Interpreter.Arrays;
using ScopeFn.Interpreter.Session;

namespace ScopeFn.Bench;

/// <summary>
/// One MLP training step as a TF1 graph: relu(x W1 + b1) W2 + b2, mean squared error against
/// one-hot labels, gradients by <c>tf.gradients</c>, plain SGD by Assign, all in one Session.run —
/// the same computation as bench/mlp_numpy.py.
/// </summary>
internal sealed class MlpStep : IDisposable
{
    public const int Batch = 256, Input = 1024, Hidden = 1024, Classes = 10;
    public const float LearningRate = 0.01f;

    private readonly Session session;
    private readonly object fetches;
    private readonly KeyValuePair<object, object?>[] feeds;

    public MlpStep(ScopeFn.Interpreter.Evaluation.KernelTable? kernels = null)
    {
        var program =
            from x in ArrayOps.Placeholder(DType.Float32, TensorShape.Of(Batch, Input), name: "x")
            from y in ArrayOps.Placeholder(DType.Float32, TensorShape.Of(Batch, Classes), name: "y")
            from w1 in Var(RandomOps.RandomNormal([Input, Hidden], 0.0, 0.03, seed: 1), "w1")
            from b1 in Var(ArrayOps.Zeros([Hidden]), "b1")
            from w2 in Var(RandomOps.RandomNormal([Hidden, Classes], 0.0, 0.03, seed: 2), "w2")
            from b2 in Var(ArrayOps.Zeros([Classes]), "b2")
            from h0 in MathOps.MatMul(x, w1.Value)
            from h1 in MathOps.Add(h0, b1.Value)
            from h in NnOps.Relu(h1)
            from o0 in MathOps.MatMul(h, w2.Value)
            from logits in MathOps.Add(o0, b2.Value)
            from d in MathOps.Subtract(logits, y)
            from sq in MathOps.Multiply(d, d)
            from loss in MathOps.ReduceMean(sq)
            from grads in ScopeFn.Core.Gradients.Gradients.Build([loss], [w1, b1, w2, b2])
            from updates in Tf.Sequence(new[] { w1, b1, w2, b2 }.Select((v, i) => Update(v, grads[i]!)))
            from train in ControlFlowOps.Group(updates.Cast<object>().ToList(), "train")
            from init in VariableCollections.GlobalVariablesInitializer()
            select (x, y, loss, train, init);
        var built = program.Run(World.Empty);
        if (built.Error is not null) throw built.Error.ToException();
        var (xt, yt, lossT, trainOp, initOp) = built.Value;
        session = new Session(built.World, xt.Graph, kernels);
        session.Run(initOp);
        var rng = new Random(7);
        var xs = new float[Batch * Input];
        for (var i = 0; i < xs.Length; i++) xs[i] = (float)(rng.NextDouble() * 2 - 1);
        var ys = new float[Batch * Classes];
        for (var i = 0; i < Batch; i++) ys[i * Classes + i % Classes] = 1f;
        feeds = [new(xt, NdArray.FromFlat<float>(xs, Batch, Input)), new(yt, NdArray.FromFlat<float>(ys, Batch, Classes))];
        fetches = new List<object> { lossT, trainOp };
    }

    private static Tf<Variable> Var(Tf<Tensor> initial, string name) =>
        initial.SelectMany(i => TfVariable.V1(new VariableArgs(i) { Name = name, UseResource = false }));

    /// <summary>v ← v − lr·g through Assign on the ref variable.</summary>
    private static Tf<Tensor> Update(Variable v, Tensor g) =>
        from step in MathOps.Multiply(g, LearningRate)
        from next in MathOps.Subtract(v.Value, step)
        from assigned in OpApply.Apply1("Assign", null, [v.Handle, next], Attrs.Of(("use_locking", AttrValue.Of(true)), ("validate_shape", AttrValue.Of(true))))
        select assigned;

    /// <summary>One training step; returns the loss before the update.</summary>
    public float Step() => ((NdArray<float>)((IList<object?>)session.Run(fetches, feeds)!)[0]!).ScalarValue;

    public void Dispose() => session.Dispose();
}
