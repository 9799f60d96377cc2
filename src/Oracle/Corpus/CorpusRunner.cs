using ScopeFn.Script.Evaluation;
using ScopeFn.Script.Tf;

namespace ScopeFn.Oracle.Corpus;

/// <summary>The verdict on one scenario, with a one-line reason when it failed.</summary>
public sealed record Verdict(Scenario Scenario, bool Passed, string Reason);

/// <summary>
/// Runs conformance scenarios (<c>scopefn check</c>): each script's output must equal its
/// <c>.out</c>, or its uncaught error must match <c># expect-error:</c>; a scenario must cite a source.
/// </summary>
public static class CorpusRunner
{
    public static IEnumerable<string> Find(IEnumerable<string> roots) =>
        roots.SelectMany(r => Directory.Exists(r)
                ? Directory.GetFiles(r, "*.py", SearchOption.AllDirectories).Where(p => !IsPending(Path.GetRelativePath(r, p)))
                : File.Exists(r) ? [r] : [])
            .OrderBy(p => p, StringComparer.Ordinal);

    /// <summary>Scripts under a <c>pending/</c> folder wait for a feature (eager mode, tf.function…) and are not run.</summary>
    private static bool IsPending(string relative) =>
        relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).SkipLast(1).Contains("pending");

    public static Verdict Check(Scenario s, RunOptions? options = null)
    {
        if (s.Sources.Count == 0) return new(s, false, "no '# source:' line: every expectation must cite where it comes from");
        if (s.ExpectError is null && s.ExpectedOutput is null) return new(s, false, "neither '# expect-error:' nor an expected-output .out file");
        var output = new StringWriter();
        var tracePath = System.IO.Path.ChangeExtension(s.Path, ".trace.jsonl");
        RunResult result;
        string? traceDifference = null;
        if (File.Exists(tracePath))
        {
            // A scenario with a trace beside it (scopefn gen writes them) must also reproduce that trace.
            var run = Trace.TraceRunner.Run(s.Source, s.Path, options);
            output.Write(run.Stdout);
            result = run.Result;
            try
            {
                var difference = Trace.TraceDiff.Compare(Trace.TraceReader.ReadFile(tracePath),
                    Trace.TraceReader.Read(run.Jsonl, "<this run>"));
                traceDifference = difference.Explanation;
            }
            catch (Trace.TraceFormatException e)
            {
                return new(s, false, e.Message);
            }
        }
        else result = ScriptRunner.Run(s.Source, s.Path, options ?? RunOptions.Default with { Modules = TfModule.Registry() }, output);
        if (traceDifference is not null) return new(s, false, "trace: " + traceDifference);
        if (s.ExpectError is { } expected)
        {
            if (result.Succeeded) return new(s, false, $"expected {expected}, but the script finished normally");
            return expected.Matches(result.ErrorType, result.ErrorMessage)
                ? new(s, true, "")
                : new(s, false, $"expected {expected}, got {ShortType(result.ErrorType)}: {result.ErrorMessage}");
        }
        if (!result.Succeeded) return new(s, false, $"unexpected {ShortType(result.ErrorType)}: {result.ErrorMessage}");
        var actual = output.ToString().Replace("\r\n", "\n");
        return actual == s.ExpectedOutput ? new(s, true, "") : new(s, false, FirstDifference(s.ExpectedOutput!, actual));
    }

    private static string ShortType(string? type) => type is null ? "?" : type[(type.LastIndexOf('.') + 1)..];

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var x = i < e.Length ? e[i] : "<end of output>";
            var y = i < a.Length ? a[i] : "<end of output>";
            if (x != y) return $"line {i + 1}: expected «{x}», got «{y}»";
        }
        return "outputs differ";
    }
}
