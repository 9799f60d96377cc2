using System.Globalization;
using ScopeFn.Script.Evaluation;
using ScopeFn.Script.Tf;

namespace ScopeFn.Specs.Scripts;

/// <summary>
/// Seed 004's first two examples (examples/pending): with no graph or op seed, TF draws the random
/// initializers from a nondeterministic seed (random_seed.get_seed → (None, None), kernels seeded
/// at random), so only part of the output is fixed. These pin what TF fixes: the zeros, ones and
/// constant values exactly (numpy's str), and for the random parts their count, and for
/// truncated_normal_initializer (mean 0, stddev 1) that every value lies within two stddevs.
/// </summary>
public class UnseededSeedExampleSpecs
{
    private static string[] Lines(string file)
    {
        var root = ConformanceCorpusSpecs.RepositoryRoot();
        var source = File.ReadAllText(Path.Combine(root, "examples", "pending", file));
        var output = new StringWriter();
        var result = ScriptRunner.Run(source, file, RunOptions.Default with { Modules = TfModule.Registry() }, output);
        Assert.True(result.Succeeded, result.ErrorText);
        return output.ToString().TrimEnd('\n').Split('\n');
    }

    private static double[] Numbers(IEnumerable<string> lines) =>
        string.Join(" ", lines).Replace("[", " ").Replace("]", " ")
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(x => double.Parse(x, CultureInfo.InvariantCulture)).ToArray();

    [Fact] // seed 004, example 1: W = zeros((10, 10)) printed by numpy; b = 10 draws of a standard normal
    public void Zeros_and_an_unseeded_normal()
    {
        var lines = Lines("seed004_1_zeros_and_random_normal.py");
        var zeros = Enumerable.Range(0, 10).Select(i => (i == 0 ? "[[" : " [") + string.Join(" ", Enumerable.Repeat("0.", 10)) + (i == 9 ? "]]" : "]"));
        Assert.Equal(zeros, lines.Take(10));
        Assert.Equal(10, Numbers(lines.Skip(10)).Length);
    }

    [Fact] // seed 004, example 2: W1 = ones((5, 5)), b1 = 0.5 × 5, W2 = 5×10 truncated normal draws in [-2, 2]
    public void Ones_constant_and_an_unseeded_truncated_normal()
    {
        var lines = Lines("seed004_2_nested_initializers.py");
        var ones = Enumerable.Range(0, 5).Select(i => (i == 0 ? "[[" : " [") + string.Join(" ", Enumerable.Repeat("1.", 5)) + (i == 4 ? "]]" : "]"));
        Assert.Equal(ones, lines.Take(5));
        Assert.Equal("[0.5 0.5 0.5 0.5 0.5]", lines[5]);
        var w2 = Numbers(lines.Skip(6));
        Assert.Equal(50, w2.Length);
        Assert.All(w2, x => Assert.InRange(x, -2.0, 2.0));
    }
}
