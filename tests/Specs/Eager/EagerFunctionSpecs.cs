using ScopeFn.Core.Eager;
using ScopeFn.Core.Functions;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Ops;
using ScopeFn.Core.Tapes;
using ScopeFn.Core.Types;
using ScopeFn.Interpreter.Arrays;
using static ScopeFn.Specs.Eager.EagerContextSpecs;

namespace ScopeFn.Specs.Eager;

/// <summary>
/// tf.function called while executing eagerly and GradientTape.gradient over eager ops, at the core.
/// sources: polymorphic_function.py (Function.__call__ eagerly), capture_container.py
/// capture_by_value (_EAGER_CONST_THRESHOLD = 128), polymorphic_function_test.py testEagerCaptures,
/// backprop.py GradientTape docstring (dy_dx = 6.0, second derivative 2.0, persistent dz_dx = 108.0).
/// </summary>
public class EagerFunctionSpecs
{
    private static Tf<object?> ValueOf(object? t) => Tf.Read((w, _) => (object?)((NdArray)w.Eager.Value((Tensor)t!)!.Data).ToNested());

    private static FunctionBody Square => args => MathOps.Multiply(args[0]!, args[0]!).Select(t => (object?)t);

    [Fact] // f(x) = x * x called eagerly returns an EagerTensor with the value; a second call reuses the trace
    public void Calling_a_function_eagerly_executes_its_graph()
    {
        var program =
            from f in PolyFunctions.Define(null, "square", ["x"])
            from x in Constant.Of(3.0)
            from y in PolyFunctions.Call(f, [x], Square)
            from z in PolyFunctions.Call(f, [y], Square)
            from vy in ValueOf(y)
            from vz in ValueOf(z)
            from count in PolyFunctions.TracingCount(f)
            select (EagerContext.IsEager((Tensor)y!), vy, vz, count);
        var result = Ok(program);
        Assert.True(result.Item1);
        Assert.Equal(9.0f, result.vy);
        Assert.Equal(81.0f, result.vz);
        Assert.Equal(1, result.count);
    }

    [Theory] // testEagerCaptures: at most 128 elements → Const, more → Placeholder; both are captures fed on each call
    [InlineData(4, "Const")]
    [InlineData(128, "Const")]
    [InlineData(129, "Placeholder")]
    [InlineData(256, "Placeholder")]
    public void EagerTensors_are_captured_by_size(int n, string opType)
    {
        var program =
            from c in ArrayOps.Ones([n], DType.Float32)
            from f in PolyFunctions.Define(null, "plus_c", [])
            from r in PolyFunctions.Call(f, [], _ => MathOps.Add(c, 1.0).Select(t => (object?)t))
            from sum in MathOps.ReduceSum((Tensor)r!)
            from v in ValueOf(sum)
            from captured in Tf.Read((w, _) => w.Functions.Concretes.ValuesInHashOrder.Single().Captures.ToList())
            from kind in Tf.Read((w, _) => w.Graph(captured[0].Internal.Graph).Op(captured[0].Internal.OpId).Type)
            select (v, captured.Count, captured[0].External == c, kind);
        var (value, count, isC, type) = Ok(program);
        Assert.Equal(2.0f * n, value);
        Assert.Equal(1, count);
        Assert.True(isC);
        Assert.Equal(opType, type);
    }

    [Fact] // GradientTape docstring: x = 3.0, y = x * x → dy_dx = 6.0; nested tapes → d2y_dx2 = 2.0
    public void Eager_tapes_differentiate_and_nest()
    {
        var program =
            from x in Constant.Of(3.0)
            from outer in GradientTapes.New()
            from dy in GradientTapes.Recording(outer,
                from _ in GradientTapes.Watch(outer, [x])
                from inner in GradientTapes.New()
                from y in GradientTapes.Recording(inner,
                    from __ in GradientTapes.Watch(inner, [x])
                    from y in MathOps.Multiply(x, x)
                    select y)
                from g in TapeGradients.Gradient(inner, [y], [x])
                select g[0]!)
            from d2 in TapeGradients.Gradient(outer, [dy], [x])
            from v1 in ValueOf(dy)
            from v2 in ValueOf(d2[0])
            select (v1, v2, EagerContext.IsEager(d2[0]!));
        var (first, second, eager) = Ok(program);
        Assert.Equal(6.0f, first);
        Assert.Equal(2.0f, second);
        Assert.True(eager);
    }

    [Fact] // a tensor the targets do not depend on gets None; a consumed non-persistent tape raises
    public void Unconnected_sources_get_none_and_tapes_are_consumed()
    {
        var program =
            from x in Constant.Of(3.0)
            from u in Constant.Of(4.0)
            from tape in GradientTapes.New()
            from y in GradientTapes.Recording(tape,
                from _ in GradientTapes.Watch(tape, [x, u])
                from y in MathOps.Multiply(x, x)
                select y)
            from g in TapeGradients.Gradient(tape, [y], [x, u])
            select g;
        var grads = Ok(program);
        Assert.NotNull(grads[0]);
        Assert.Null(grads[1]);
        var twice =
            from x in Constant.Of(3.0)
            from tape in GradientTapes.New()
            from y in GradientTapes.Recording(tape, from _ in GradientTapes.Watch(tape, [x]) from y in MathOps.Multiply(x, x) select y)
            from g1 in TapeGradients.Gradient(tape, [y], [x])
            from g2 in TapeGradients.Gradient(tape, [y], [x])
            select g2;
        Assert.StartsWith("A non-persistent GradientTape can only be used to compute one set of gradients", Fails(twice).Message);
    }
}
