using BenchmarkDotNet.Running;

namespace ScopeFn.Bench;

internal static class Program
{
    private static int Main(string[] args)
    {
        if (args is ["serve-throughput", .. var rest]) return Serve.ServeThroughput.Run(rest);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
