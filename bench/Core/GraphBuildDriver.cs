using System.Diagnostics;
using System.Globalization;

namespace ScopeFn.Bench.Core;

/// <summary>
/// `graph-build IMPL N [REPEATS]` (ALLOC=1: also sample allocated types): one implementation of <see cref="GraphBuildBenchmark"/> run
/// alone in this process, for profilers (callgrind, dotnet-trace) and for before/after figures
/// that do not depend on the machine's load: CPU time, allocated bytes and GC counts per op.
/// </summary>
internal static class GraphBuildDriver
{
    public static int Run(string[] args)
    {
        if (args.Length < 2 || args[0] is not ("mutable" or "core"))
        {
            Console.Error.WriteLine("usage: graph-build mutable|core N [REPEATS]");
            return 2;
        }
        var bench = new GraphBuildBenchmark { N = int.Parse(args[1], CultureInfo.InvariantCulture) };
        var repeats = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1;
        Func<int> run = args[0] == "mutable" ? bench.MutableDictionary : bench.PureCore;
        // ALLOC=1 samples the allocated types (the listener itself perturbs timing).
        using var sampler = Environment.GetEnvironmentVariable("ALLOC") == "1" ? new AllocationSampler() : null;
        for (var r = 0; r < repeats; r++)
        {
            var gcs = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var wall = Stopwatch.StartNew();
            var count = run();
            var elapsed = wall.Elapsed;
            var cpuUsed = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            var allocated = GC.GetAllocatedBytesForCurrentThread() - bytes;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{args[0]} N={bench.N} ops={count}: {elapsed.TotalMilliseconds * 1e6 / bench.N:F0} ns/op wall, " +
                $"{cpuUsed.TotalMilliseconds * 1e6 / bench.N:F0} ns/op CPU, {(double)allocated / bench.N:F0} B/op, " +
                $"GCs {GC.CollectionCount(0) - gcs.Item1}/{GC.CollectionCount(1) - gcs.Item2}/{GC.CollectionCount(2) - gcs.Item3}"));
        }
        sampler?.Report(Console.Out);
        return 0;
    }
}
