using System.Diagnostics;
using System.Globalization;
using ScopeFn.Interpreter.Blas;

namespace ScopeFn.Bench;

/// <summary><c>dotnet run -c Release -- mlp [steps]</c>: times MLP training steps with a stopwatch and prints steps per second.</summary>
internal static class MlpRunner
{
    /// <summary>Per op type (MatMul, Sum, Sub and Mul also per operand shapes), the time its kernels took over <paramref name="steps"/> steps (a diagnostic).</summary>
    public static void Profile(int steps)
    {
        var totals = new Dictionary<string, TimeSpan>();
        var table = ScopeFn.Interpreter.Evaluation.KernelTable.Default;
        foreach (var (type, def) in table.Kernels)
            table = table.With(type, def with
            {
                Compute = c =>
                {
                    var w = Stopwatch.StartNew();
                    var r = def.Compute(c);
                    var key = type switch
                    {
                        "MatMul" => $"MatMul {c.Array(0).ShapeString}x{c.Array(1).ShapeString} ta={c.BoolAttr("transpose_a")} tb={c.BoolAttr("transpose_b")}",
                        "Sum" => $"Sum {c.Array(0).ShapeString} axes [{string.Join(",", c.Longs(1))}]",
                        "Sub" or "Mul" => $"{type} {c.Array(0).ShapeString}-{c.Array(1).ShapeString}",
                        _ => type,
                    };
                    totals[key] = totals.GetValueOrDefault(key) + w.Elapsed;
                    return r;
                },
            });
        using var mlp = new MlpStep(table);
        for (var i = 0; i < 2; i++) mlp.Step();
        totals.Clear();
        var (g0, g1, g2, pause, allocated) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes());
        var faults = MinorPageFaults();
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < steps; i++) mlp.Step();
        Console.WriteLine($"total {watch.Elapsed.TotalMilliseconds / steps:F1} ms/step; per step: {(GC.GetTotalAllocatedBytes() - allocated) / steps / 1e6:F1} MB allocated, " +
            $"{(MinorPageFaults() - faults) / steps} page faults, " +
            $"GC pause {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds / steps:F2} ms; over the run: {GC.CollectionCount(0) - g0}/{GC.CollectionCount(1) - g1}/{GC.CollectionCount(2) - g2} collections (gen 0/1/2)");
        foreach (var (type, t) in totals.OrderByDescending(kv => kv.Value))
            Console.WriteLine($"  {type,-60} {t.TotalMilliseconds / steps,8:F2} ms/step");
    }

    /// <summary>The process's minor page faults so far (field 10 of /proc/self/stat), or 0 where that file does not exist.</summary>
    private static long MinorPageFaults()
    {
        if (!File.Exists("/proc/self/stat")) return 0;
        var stat = File.ReadAllText("/proc/self/stat");
        // The command name (field 2) may hold spaces; the fields after it start past its closing parenthesis.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return long.Parse(fields[7], CultureInfo.InvariantCulture);
    }

    /// <param name="steps">Timed steps.</param>
    /// <param name="warmup">Untimed steps first (numpy's script does 3).</param>
    public static void Run(int steps, int warmup = 3)
    {
        using var mlp = new MlpStep();
        for (var i = 0; i < warmup; i++) mlp.Step();
        var first = 0f;
        var last = 0f;
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < steps; i++)
        {
            last = mlp.Step();
            if (i == 0) first = last;
        }
        watch.Stop();
        var perSecond = steps / watch.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"scopefn {BlasInfo.Describe()}: {steps} steps in {watch.Elapsed.TotalSeconds:F2} s = {perSecond:F2} steps/s (loss {first:F5} -> {last:F5})"));
    }
}
