using ScopeFn.Core.Eager;
using ScopeFn.Core.Errors;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Types;
using ScopeFn.Interpreter.Arrays;
using ScopeFn.Interpreter.Random;

namespace ScopeFn.Interpreter.Eager;

/// <summary>
/// Stateful random ops executed eagerly. TF's eager runtime caches one kernel per op type, device
/// and attrs (seed, seed2, dtype, T), and a cached kernel keeps its Philox counter: a second call
/// with the same seeds continues the stream, and <c>set_seed</c> clears the cache (tf-random.md V2).
/// </summary>
internal static class EagerRandomKernels
{
    public static EagerExecution Run(InterpreterEagerExecutor executor, EagerCall call)
    {
        try
        {
            var shape = Longs(call.Inputs[0]);
            var count = shape.Aggregate(1L, (a, b) => a * b);
            var (seed, seed2) = (Int(call, "seed"), Int(call, "seed2"));
            var unseeded = seed == 0 && seed2 == 0;
            if (unseeded) (seed, seed2) = Evaluation.RandomOpKernels.UnseededSubstitute;
            var dtype = Type(call, call.OpType == "RandomUniformInt" ? "Tout" : "dtype");
            var key = new EagerKernelKey(call.OpType, dtype, new SeedPair(seed, seed2),
                $"T={Type(call, "T").Name}" + (unseeded ? ";unseeded" : ""));
            var (run, random) = executor.Random.RunKernel(key, kernel => call.OpType switch
            {
                "RandomUniform" => kernel.NextUniform(dtype, count),
                "RandomStandardNormal" => kernel.NextStandardNormal(dtype, count),
                "TruncatedNormal" => kernel.NextTruncatedNormal(dtype, count),
                _ => kernel.NextUniformInt(dtype, count, Scalar(call.Inputs[1]), Scalar(call.Inputs[2])),
            });
            return EagerExecution.Ok([InterpreterEagerExecutor.Value(ToArray(run.Values, shape))], executor with { Random = random });
        }
        catch (TfException e)
        {
            return EagerExecution.Fail(e.Error, executor);
        }
    }

    private static long Int(EagerCall call, string name) =>
        call.Attrs.Find(name).MatchUnsafe(v => v is AttrValue.IntValue i ? i.Value : 0, () => 0);

    private static DType Type(EagerCall call, string name) =>
        call.Attrs.Find(name).MatchUnsafe(v => v is AttrValue.TypeValue t ? t.DType : DType.Int32, () => DType.Int32);

    private static long[] Longs(EagerValue v) => ((NdArray<long>)Casting.Cast((NdArray)v.Data, DType.Int64)).Span.ToArray();

    private static long Scalar(EagerValue v) => Longs(v)[0];

    private static NdArray ToArray(Array values, long[] shape) => values switch
    {
        float[] f => NdArray.FromFlat<float>(f, shape),
        double[] d => NdArray.FromFlat<double>(d, shape),
        Half[] h => NdArray.FromFlat<Half>(h, shape),
        int[] i => NdArray.FromFlat<int>(i, shape),
        long[] l => NdArray.FromFlat<long>(l, shape),
        _ => throw OpError.Internal($"random values of type {values.GetType().Name} have no array form").ToException(),
    };
}
