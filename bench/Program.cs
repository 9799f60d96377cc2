using BenchmarkDotNet.Running;

namespace ScopeFn.Bench;

internal static class Program
{
    private static int Main(string[] args)
    {
        if (args is ["serve-throughput", .. var rest]) return Serve.ServeThroughput.Run(rest);
        if (args is ["graph-build", .. var graphArgs]) return Core.GraphBuildDriver.Run(graphArgs);
        // `session-run`, `mlp [steps [warmup]]` and `mlp-profile [steps]` time directly (bench/run-mlp.sh runs `mlp` beside numpy).
        if (args.Length > 0 && args[0] == "session-run")
        {
            var b = new SessionRunBenchmark();
            b.Setup();
            for (var i = 0; i < 200_000; i++) b.RunConst();
            var n = 1_000_000;
            var w = System.Diagnostics.Stopwatch.StartNew();
            for (var i = 0; i < n; i++) b.RunConst();
            System.Console.WriteLine($"Session.run(Const): {w.Elapsed.TotalMilliseconds * 1000 / n:F2} µs per call");
            b.Cleanup();
            return 0;
        }
        if (args.Length > 0 && args[0] == "mlp-profile")
        {
            MlpRunner.Profile(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10);
            return 0;
        }
        if (args.Length > 0 && args[0] == "mlp")
        {
            MlpRunner.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20,
                args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 3);
            return 0;
        }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
