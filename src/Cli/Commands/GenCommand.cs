using System.Globalization;
using ScopeFn.Oracle.Generators;

namespace ScopeFn.Cli.Commands;

/// <summary>
/// <c>scopefn gen --seed S --count N --out DIR</c>: N random scope programs with their expected
/// output (from the naming model) and traces, as scenarios <c>scopefn check DIR</c> runs. Exit 1
/// if ScopeFn disagrees with the model on any program (those are reported, not written).
/// </summary>
internal static class GenCommand
{
    public static int Run(string[] args)
    {
        int? seed = null, count = null;
        string? output = null;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--seed" when int.TryParse(args[i + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var s): seed = s; break;
                case "--count" when int.TryParse(args[i + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 0: count = n; break;
                case "--out": output = args[i + 1]; break;
                default: return Usage();
            }
        }
        if (seed is null || count is null || output is null || args.Length % 2 != 0) return Usage();
        var disagreements = VectorWriter.Write(seed.Value, count.Value, output);
        foreach (var d in disagreements)
        {
            Console.Error.WriteLine($"{d.Name}: ScopeFn disagrees with the naming model: {d.Disagreement}");
            Console.Error.WriteLine(string.Join("\n", d.Script.Split('\n').Select((l, i) => $"{i + 1,4}  {l}")));
        }
        Console.WriteLine($"{count - disagreements.Count} vectors written to {output}{(disagreements.Count > 0 ? $"; {disagreements.Count} withheld (ScopeFn disagrees with the model)" : "")}");
        return disagreements.Count == 0 ? 0 : 1;
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: scopefn gen --seed S --count N --out DIR");
        return 2;
    }
}
