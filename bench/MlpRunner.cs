using System.Diagnostics;
using System.Globalization;
using ScopeFn.Interpreter.Blas;

namespace ScopeFn.Bench;

/// <summary><c>dotnet run -c Release -- mlp [steps]</c>: times MLP training steps with a stopwatch and prints steps per second.</summary>
internal static class MlpRunner
{
    /// <summary>Per op type, the time its kernels took over <paramref name="steps"/> steps (a diagnostic).</summary>
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
                    totals[type] = totals.GetValueOrDefault(type) + w.Elapsed;
                    return r;
                },
            });
        using var mlp = new MlpStep(table);
        for (var i = 0; i < 2; i++) mlp.Step();
        totals.Clear();
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < steps; i++) mlp.Step();
        Console.WriteLine($"total {watch.Elapsed.TotalMilliseconds / steps:F1} ms/step");
        foreach (var (type, t) in totals.OrderByDescending(kv => kv.Value))
            Console.WriteLine($"  {type,-22} {t.TotalMilliseconds / steps,8:F2} ms/step");
    }

    public static void Run(int steps)
    {
        using var mlp = new MlpStep();
        for (var i = 0; i < 3; i++) mlp.Step();
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
