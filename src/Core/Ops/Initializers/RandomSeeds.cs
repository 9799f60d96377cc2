using ScopeFn.Core.Monad;
using ScopeFn.Core.Scopes;

namespace ScopeFn.Core.Ops.Initializers;

/// <summary>
/// random_seed.py <c>get_seed(op_seed)</c> in graph mode, TF 2.x: with only the graph seed set the
/// op seed is the graph's next <c>_graph_to_seed_dict</c> value (0, 1, …); (0, 0) becomes
/// (0, 2**31 - 1) because kernels read (0, 0) as "nondeterministic". (None, None) is null.
/// </summary>
public static class RandomSeeds
{
    public const long DefaultGraphSeed = 87654321;
    public const long MaxInt32 = int.MaxValue;

    /// <summary><c>_truncate_seed</c>: Python's <c>seed % (2**31 - 1)</c>.</summary>
    public static long Truncate(long seed)
    {
        var r = seed % MaxInt32;
        return r < 0 ? r + MaxInt32 : r;
    }

    public static Tf<(long Seed, long Seed2)?> GetSeed(long? opSeed) =>
        Tf.Of<bool>((w, t) => Result.Ok(w, Contexts.EagerMode.IsEager(w, t))).SelectMany(eager => eager ? EagerGetSeed(opSeed) : GraphGetSeed(opSeed));

    /// <summary>
    /// Eager <c>get_seed</c>: the global seed is the context's; without an op seed the op seed is
    /// <c>context.internal_operation_seed()</c>, a draw of the executor's Python RNG.
    /// </summary>
    private static Tf<(long Seed, long Seed2)?> EagerGetSeed(long? opSeed) => Tf.Of<(long, long)?>(w =>
    {
        var eager = w.Eager;
        long? op = opSeed;
        if (eager.GlobalSeed is not null && op is null)
        {
            if (eager.Executor is not { } executor)
                return Result.Fail<(long, long)?>(w, new Errors.RuntimeError("internal_operation_seed needs an eager executor in this world"));
            var (drawn, next) = executor.InternalOperationSeed();
            op = drawn;
            w = w with { Eager = eager with { Executor = next } };
        }
        return Result.Ok(w, Combine(eager.GlobalSeed, op));
    });

    private static (long, long)? Combine(long? global, long? op)
    {
        (long, long)? result = global is { } g ? (Truncate(g), Truncate(op!.Value)) : op is { } s ? (DefaultGraphSeed, Truncate(s)) : null;
        return result == (0L, 0L) ? (0L, MaxInt32) : result;
    }

    private static Tf<(long Seed, long Seed2)?> GraphGetSeed(long? opSeed) =>
        from g in DefaultGraph.Current
        from seeds in Tf.Of<(long, long)?>(w =>
        {
            var graph = w.Graph(g);
            (long, long)? result;
            if (graph.Seed is { } global)
            {
                var op = opSeed ?? graph.SeedCounter;
                if (opSeed is null) w = w.WithGraph(graph with { SeedCounter = graph.SeedCounter + 1 });
                result = (Truncate(global), Truncate(op));
            }
            else result = opSeed is { } s ? (DefaultGraphSeed, Truncate(s)) : null;
            return Result.Ok(w, result == (0L, 0L) ? (0L, MaxInt32) : result);
        })
        select seeds;

    /// <summary><c>tf.compat.v1.set_random_seed(seed)</c> in graph mode: sets the default graph's seed.</summary>
    public static Tf<LanguageExt.Unit> SetRandomSeed(long? seed) =>
        Tf.Of<bool>((w, t) => Result.Ok(w, Contexts.EagerMode.IsEager(w, t))).SelectMany(eager => eager ? SetEagerSeed(seed) : SetGraphSeed(seed));

    /// <summary>Eager <c>set_seed</c> (<c>context.set_global_seed</c>): the context's seed; the executor reseeds its RNG and clears its kernel cache.</summary>
    private static Tf<LanguageExt.Unit> SetEagerSeed(long? seed) => Tf.Of(w => Result.Ok(w with
    {
        Eager = w.Eager with { GlobalSeed = seed, Executor = w.Eager.Executor?.SetGlobalSeed(seed) },
    }));

    private static Tf<LanguageExt.Unit> SetGraphSeed(long? seed) =>
        from g in DefaultGraph.Current
        from u in Tf.Of(w => Result.Ok(w.WithGraph(w.Graph(g) with { Seed = seed })))
        select u;
}
