using ScopeFn.Core.Contexts;
using ScopeFn.Core.Eager;
using ScopeFn.Core.Functions;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Ops;
using ScopeFn.Core.Tapes;
using ScopeFn.Core.Types;
using ScopeFn.Core.Worlds;
using ScopeFn.Interpreter.Eager;
using static ScopeFn.Specs.Core.Harness;
using GradientsUtil = ScopeFn.Core.Gradients.Gradients;

namespace ScopeFn.Specs.Functions;

/// <summary>
/// Gradients of tf.function call ops: which functions exist afterwards, their names, and the ops
/// in the calling graph. Sources: concrete_function.py (_forward_name / _backward_name /
/// _inference_name = prefix + name + "_" + ops.uid(); _DelayedRewriteGradientFunctions
/// ._construct_forward_backward and _rewrite_forward_and_call_backward;
/// _TapeGradientFunctions._build_functions_for_outputs; _create_forward_backward_with_graph makes
/// the forward name, then ConcreteFunction.from_func_graph the backward's inference name;
/// _select_forward_and_backward_functions), ops.py Graph.__init__ (_graph_key takes a uid),
/// gradients_util.py _GradientsHelper (name_scope(op.name + "_grad")), atomic_function.py
/// partitioned_call_op (create_op named by the op type).
/// </summary>
public class FunctionGradientSpecs
{
    private static FunctionBody Cube => args =>
        from x2 in MathOps.Multiply(args[0]!, args[0]!)
        from x3 in MathOps.Multiply(x2, args[0]!)
        select (object?)x3;

    private static Tf<string[]> FunctionNames => Tf.Read((w, _) =>
        w.Functions.Concretes.ValuesInHashOrder.OrderBy(c => c.Id).Select(c => c.Name).ToArray());

    private static long Uid(string name) => long.Parse(name[(name.LastIndexOf('_') + 1)..], System.Globalization.CultureInfo.InvariantCulture);

    [Fact] // tf.gradients through a graph call: the call is rewritten to the forward function and the backward function is called in <call>_grad
    public void Tf_gradients_rewrite_the_call_and_call_the_backward_function()
    {
        var program =
            from x in Constant.Of(2.0, name: "x")
            from f in PolyFunctions.Define(null, "f", ["x"])
            from y in PolyFunctions.Call(f, [x], Cube)
            from qBefore in Tf.Read((w, _) => w.Graph(((Tensor)y!).Graph).Op(((Tensor)y!).OpId))
            from g in GradientsUtil.Build([y!], [x])
            from qCall in Tf.Read((w, _) => w.Graph(x.Graph).Op(((Tensor)y!).OpId))
            from qGrad in Tf.Read((w, _) => w.Graph(x.Graph).Op(g[0]!.OpId))
            from qNames in FunctionNames
            select (before: qBefore, call: qCall, grad: qGrad, names: qNames, g[0]!.Name);
        var result = Value(program);
        var (before, call, grad, names, gradName) = (result.before, result.call, result.grad, result.names, result.Item5);
        Assert.Equal("gradients/PartitionedCall_grad/PartitionedCall:0", gradName);
        Assert.Equal("PartitionedCall", grad.Type);
        Assert.Equal(3, names.Length);
        var (inference, backward, forward) = (names[0], names[1], names[2]);
        Assert.StartsWith("__inference_f_", inference);
        Assert.StartsWith("__forward_f_", forward);
        Assert.StartsWith("__inference___backward_f_", backward);
        // _backward_name's uid, then FuncGraph.__init__'s, then _forward_name's, then _inference_name's.
        var backwardGraphUid = Uid(backward[..backward.LastIndexOf('_')]);
        Assert.Equal(backwardGraphUid + 2, Uid(forward));
        Assert.Equal(backwardGraphUid + 3, Uid(backward));
        // atomic_function.py partitioned_call_op: f is a func attr (AttrValue(func=NameAttrList(name=...))).
        Assert.Equal(new AttrValue.FuncValue(inference), before.Attr("f"));
        Assert.Equal(new AttrValue.FuncValue(forward), call.Attr("f"));
        Assert.Equal(new AttrValue.FuncValue(backward), grad.Attr("f"));
        Assert.True(call.NumOutputs > before.NumOutputs); // side outputs the backward function captured
    }

    [Fact] // the delayed pair is cached per number of output gradients: a second tf.gradients of the same call builds nothing new
    public void Delayed_pairs_are_cached_per_output_gradient_count()
    {
        var program =
            from x in Constant.Of(2.0, name: "x")
            from f in PolyFunctions.Define(null, "f", ["x"])
            from y in PolyFunctions.Call(f, [x], Cube)
            from g1 in GradientsUtil.Build([y!], [x])
            from n1 in FunctionNames
            from g2 in GradientsUtil.Build([y!], [x])
            from n2 in FunctionNames
            select (n1.Length, n2.Length);
        var (first, second) = Value(program);
        Assert.Equal(3, first);
        // The rewritten call has more outputs, so len(doutputs) differs: a new pair for the new count.
        Assert.Equal(5, second);
    }

    [Theory] // eager: one non-persistent tape → first-order functions built once at the call; persistent → higher-order ones
    [InlineData(false)]
    [InlineData(true)]
    public void Eager_calls_under_a_tape_run_the_forward_function(bool persistent)
    {
        var program =
            from x in Constant.Of(2.0, DType.Float64)
            from tape in GradientTapes.New(persistent)
            from y in GradientTapes.Recording(tape,
                from _ in GradientTapes.Watch(tape, [x])
                from f in PolyFunctions.Define(null, "f", ["x"])
                from y in PolyFunctions.Call(f, [x], Cube)
                select (Tensor)y!)
            from qCalled in Tf.Read((w, _) => w.Eager.RecordedOps[y.OpId].Attr("f"))
            from qNames in FunctionNames
            from g in TapeGradients.Gradient(tape, [y], [x])
            from qValue in Tf.Read((w, _) => ((ScopeFn.Interpreter.Arrays.NdArray<double>)w.Eager.Value(g[0]!)!.Data).ScalarValue)
            select (called: qCalled, names: qNames, value: qValue);
        var result = Run(program, EagerMode.Tf2Process(InterpreterEagerExecutor.Initial)).Value;
        var (called, names, value) = (result.called, result.names, result.value);
        Assert.Equal(12.0, value);
        Assert.StartsWith("__inference_f_", names[0]);
        Assert.Equal(new AttrValue.FuncValue(names.Single(n => n.StartsWith("__forward_f_", StringComparison.Ordinal) && n == names[^1])), called);
        // First order: one pair. Higher order (_HigherOrderTapeGradientFunctions): a build for the one
        // output (which adds the forward tensors the backward graph captured as side outputs), a build
        // for all outputs (which adds none), then
        // the final build for the stable list: three pairs.
        Assert.Equal(persistent ? 7 : 3, names.Length);
    }

    [Fact] // no tape watching: an eager call runs the inference function and builds no gradient functions
    public void Eager_calls_without_a_tape_build_nothing()
    {
        var program =
            from x in Constant.Of(2.0)
            from f in PolyFunctions.Define(null, "f", ["x"])
            from y in PolyFunctions.Call(f, [x], Cube)
            from qNames in FunctionNames
            select qNames;
        var names = Run(program, EagerMode.Tf2Process(InterpreterEagerExecutor.Initial)).Value;
        Assert.Single(names);
    }

    [Fact] // get_uid is one counter: EagerTensors, graph keys and ops.uid() names take from it in program order
    public void Uids_are_one_counter_for_eager_tensors_graphs_and_names()
    {
        var program =
            from c in Constant.Of(new[] { 1.0, 2.0 }, DType.Float64, [2])
            from qBefore in Tf.Read((w, _) => w.Eager.LastUid)
            from f in PolyFunctions.Define(null, "f", [])
            from r in PolyFunctions.Call(f, [], _ => MathOps.Add(c, 1.0).Select(t => (object?)t))
            from qNames in Tf.Read((w, _) => w.Functions.Concretes.ValuesInHashOrder.Single())
            from captureName in Tf.Read((w, _) => qNames.Captures[0].Internal.OpName)
            from qAfter in Tf.Read((w, _) => w.Eager.LastUid)
            select (before: qBefore, captureName, qNames.Name, after: qAfter);
        var result = Run(program, EagerMode.Tf2Process(InterpreterEagerExecutor.Initial)).Value;
        var (before, capture, name, after) = (result.before, result.captureName, result.Name, result.after);
        // FuncGraph (before + 1), the capture's str(ops.uid()) (before + 2), __inference_f_ (before + 3),
        // then the call's one output EagerTensor (before + 4).
        Assert.Equal($"Add/{before + 2}", capture); // inside tf.add's name scope "Add"
        Assert.Equal($"__inference_f_{before + 3}", name);
        Assert.Equal(before + 4, after);
    }
}
