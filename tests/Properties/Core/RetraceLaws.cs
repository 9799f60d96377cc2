using FsCheck;
using FsCheck.Fluent;
using ScopeFn.Core.Functions;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Ops;
using ScopeFn.Core.Types;
using ScopeFn.Core.Worlds;

namespace ScopeFn.Properties.Core;

/// <summary>
/// The tf.function retrace law (issue 4; tracing_compilation.py <c>_maybe_define_function</c>,
/// polymorphic_function.py <c>experimental_get_tracing_count</c>): calls with exact argument
/// types (tensor shapes/dtypes, Python values) trace once per distinct signature, in any call
/// order, and the tracing count equals the number of distinct signatures.
/// </summary>
public class RetraceLaws
{
    /// <summary>One call's argument: a tensor of some dtype and shape, or a Python int.</summary>
    public sealed record Arg(bool IsTensor, int DType, int Rank, int Literal);

    private static readonly DType[] DTypes = [DType.Float32, DType.Int32];

    private static Arbitrary<Arg[]> Calls =>
        Gen.ArrayOf(
            from t in Gen.Elements(true, false)
            from d in Gen.Choose(0, 1)
            from r in Gen.Choose(0, 2)
            from l in Gen.Choose(0, 2)
            select new Arg(t, d, r, l)).ToArbitrary();

    private static Tf<object?> Value(Arg a) =>
        a.IsTensor
            ? ArrayOps.Placeholder(DTypes[a.DType], TensorShape.Of(Enumerable.Repeat(2L, a.Rank).ToArray())).Select(t => (object?)t)
            : Tf.Pure<object?>((long)a.Literal);

    private static object Key(Arg a) => a.IsTensor ? (a.DType, a.Rank) : (object)("py", a.Literal);

    [Fact]
    public void Each_distinct_signature_is_traced_exactly_once() =>
        Prop.ForAll(Calls, calls =>
        {
            var traces = 0;
            FunctionBody body = args => Tf.Of<object?>(w => { traces++; return ScopeFn.Core.Monad.Result.Ok<object?>(w, args[0] is Tensor t ? t : null); });
            var program =
                from f in PolyFunctions.Define(null, "f", ["x"])
                from _ in Tf.ForEach(calls, c => from v in Value(c) from r in PolyFunctions.Call(f, [v], body) select LanguageExt.Unit.Default)
                from count in PolyFunctions.TracingCount(f)
                select count;
            var r = program.Run(World.Empty);
            var distinct = calls.Select(Key).Distinct().Count();
            return r.Error is null && r.Value == distinct && traces == distinct;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(200));
}
