using System.Diagnostics;
using System.Text.Json;

namespace ScopeFn.Bench.Serve;

/// <summary>
/// A measured client for <c>scopefn serve</c> (issue 7's goal: ≥ 5,000 small scripts per second):
/// spawns the server, pipes N requests on one thread while another reads the responses, and
/// reports scripts per second after a warm-up batch. Run from bench/ after building the CLI:
/// <c>dotnet build ../src/Cli -c Release &amp;&amp; dotnet run -c Release -- serve-throughput [N] [scopefn.dll ...]</c>.
/// Given several server builds (say, a copy of the build before a change and the current one), it
/// measures them alternately per workload, so before and after come from one run under one load.
/// </summary>
internal static class ServeThroughput
{
    /// <summary>Small scripts of the kind a conformance client sends: TF naming questions and plain Python.</summary>
    private static readonly (string Name, string Script)[] Workloads =
    [
        ("python", "x = [i * i for i in range(10)]\nprint(sum(x))\n"),
        ("tf name_scope", "import tensorflow.compat.v1 as tf\ntf.disable_eager_execution()\nwith tf.name_scope('a'):\n    c = tf.constant(1.0, name='c')\n    d = tf.identity(c)\nprint(c.name, d.name)\n"),
        ("tf variables", "import tensorflow.compat.v1 as tf\ntf.disable_eager_execution()\nwith tf.variable_scope('s') as vs:\n    v = tf.get_variable('v', [2])\nwith tf.variable_scope(vs, reuse=True):\n    w = tf.get_variable('v', [2])\nprint(v.name, v is w or v == w)\n"),
        // The same script with a different variable name in every request ({N} is the request's
        // number): no request is a parse-cache hit, so this row shows the server without the cache.
        ("tf variables, every script distinct", "import tensorflow.compat.v1 as tf\ntf.disable_eager_execution()\nwith tf.variable_scope('s') as vs:\n    v = tf.get_variable('v{N}', [2])\nwith tf.variable_scope(vs, reuse=True):\n    w = tf.get_variable('v{N}', [2])\nprint(v.name, v is w or v == w)\n"),
    ];

    public static int Run(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 20_000;
        var servers = args.Length > 1 ? args[1..] : FindServer() is { } found ? [found] : [];
        if (servers.Length == 0)
        {
            Console.Error.WriteLine("scopefn.dll not found: build it first with `dotnet build src/Cli -c Release`");
            return 2;
        }
        for (var i = 0; i < servers.Length; i++) Console.WriteLine($"server {i + 1}: {servers[i]}");
        Console.WriteLine($"{Environment.ProcessorCount} cores; {count} requests per workload after 1,000 warm-up requests; load average at start: {LoadAverage()}");
        Console.WriteLine("| workload | trace | server | scripts/s | µs/script | server CPU µs/script | scripts per server CPU-second |");
        Console.WriteLine("|---|---|---|---:|---:|---:|---:|");
        foreach (var (name, script) in Workloads)
            foreach (var trace in new[] { false, true })
                for (var i = 0; i < servers.Length; i++)
                {
                    var (rate, cpuMicros) = Measure(servers[i], script, trace, count);
                    Console.WriteLine($"| {name} | {(trace ? "yes" : "no")} | {i + 1} | {rate:N0} | {1e6 / rate:N1} | {cpuMicros:N1} | {1e6 / cpuMicros:N0} |");
                }
        Console.WriteLine($"load average at end: {LoadAverage()}");
        return 0;
    }

    /// <summary>
    /// Wall-clock scripts/s, and the server's CPU time per script: on a shared, overloaded machine
    /// the wall rate mostly measures the other tenants, the CPU time mostly the server.
    /// </summary>
    private static (double Rate, double CpuMicros) Measure(string dll, string script, bool trace, int count)
    {
        var start = new ProcessStartInfo("dotnet", [dll, "serve"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        using var server = Process.Start(start)!;
        var distinct = script.Contains("{N}", StringComparison.Ordinal);
        var same = JsonSerializer.Serialize(new { id = 0, script, options = new { trace, timeout_ms = 10_000 } });
        var sent = 0;
        string Request() => distinct
            ? JsonSerializer.Serialize(new { id = 0, script = script.Replace("{N}", (sent++).ToString(System.Globalization.CultureInfo.InvariantCulture)), options = new { trace, timeout_ms = 10_000 } })
            : same;
        Pipe(server, Request, 1_000);
        server.Refresh();
        var cpu = server.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        Pipe(server, Request, count);
        var seconds = clock.Elapsed.TotalSeconds;
        server.Refresh();
        var cpuMicros = (server.TotalProcessorTime - cpu).TotalMicroseconds / count;
        server.StandardInput.Close();
        server.WaitForExit();
        return (count / seconds, cpuMicros);
    }

    /// <summary>Writes n requests (made on the writer thread) while reading n responses; every response must report success.</summary>
    private static void Pipe(Process server, Func<string> request, int n)
    {
        var writer = Task.Run(() =>
        {
            for (var i = 0; i < n; i++) server.StandardInput.WriteLine(request());
            server.StandardInput.Flush();
        });
        for (var i = 0; i < n; i++)
        {
            var line = server.StandardOutput.ReadLine() ?? throw new InvalidOperationException("server closed its output");
            if (!line.Contains("\"ok\":true", StringComparison.Ordinal)) throw new InvalidOperationException("request failed: " + line);
        }
        writer.Wait();
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static string? FindServer()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "Cli", "bin", "Release", "net10.0", "scopefn.dll");
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}
