using System.Diagnostics;

namespace ScopeFn.Specs.ColdStart;

/// <summary>
/// Cold start (issue 6): <c>scopefn run</c> on the cold-start probe must not run LanguageExt's
/// class-instance discovery. The first comparison through a default type-class instance
/// (<c>OrdDefault&lt;K&gt;</c>, <c>EqDefault&lt;K&gt;</c>, <c>HashableDefault&lt;K&gt;</c>, which back
/// <c>Map&lt;K, V&gt;</c>, <c>HashMap&lt;K, V&gt;</c>, <c>Seq&lt;T&gt;</c> equality, …) runs
/// <c>ClassInstancesAssembly</c>'s static constructor, which loads and reflects over every assembly
/// the program references: about 350 ms of CPU, more than the whole rest of a run
/// (bench/README.md). The test process has long since run it, so the check runs the real CLI in a
/// fresh process and reads the JIT's list of compiled methods: LanguageExt.Core is IL (not
/// ReadyToRun) in this build and <c>DOTNET_ReadyToRun=0</c> makes sure, so any method that runs is
/// listed — the constructor shows up exactly when the scan happens.
/// </summary>
public sealed class ClassInstanceScanSpecs
{
    private const string ScanConstructor = "LanguageExt.ClassInstances.ClassInstancesAssembly:.cctor()";

    [Fact]
    public void Running_the_cold_start_probe_never_scans_for_class_instances()
    {
        var script = Path.Combine(Scripts.ConformanceCorpusSpecs.RepositoryRoot(), "bench", "cold-start", "tiny.py");
        var (stdout, jitted) = RunJitListed(script);

        Assert.Equal("s/c:0\n", stdout);
        // The list is real: the interpreter's own entry point was compiled and listed.
        Assert.Contains(jitted, m => m.Contains("ScopeFn.Script.Evaluation.ScriptRunner:Run(", StringComparison.Ordinal));
        Assert.DoesNotContain(jitted, m => m.Contains(ScanConstructor, StringComparison.Ordinal));
    }

    [Fact]
    public void The_jit_list_shows_the_scan_when_it_happens()
    {
        // The control: the same run with a start-up hook that asks LanguageExt for its class
        // instances first. If the list could not show the scan, the check above could not fail.
        var script = Path.Combine(Scripts.ConformanceCorpusSpecs.RepositoryRoot(), "bench", "cold-start", "tiny.py");
        var (stdout, jitted) = RunJitListed(script, startupHook: typeof(StartupHook).Assembly.Location);

        Assert.Equal("s/c:0\n", stdout);
        Assert.Contains(jitted, m => m.Contains(ScanConstructor, StringComparison.Ordinal));
    }

    private static (string Stdout, IReadOnlyList<string> Jitted) RunJitListed(string script, string? startupHook = null)
    {
        var list = Path.Combine(Path.GetTempPath(), $"scopefn-jit-{Guid.NewGuid():N}.txt");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "scopefn.dll"));
        start.ArgumentList.Add("run");
        start.ArgumentList.Add(script);
        start.Environment["DOTNET_ReadyToRun"] = "0";
        start.Environment["DOTNET_JitDisasmSummary"] = "1";
        start.Environment["DOTNET_JitStdOutFile"] = list;
        if (startupHook is not null) start.Environment["DOTNET_STARTUP_HOOKS"] = startupHook;
        try
        {
            using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start scopefn");
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"scopefn run exited {process.ExitCode}: {stderr.Result}");
            return (stdout, File.ReadAllLines(list));
        }
        finally
        {
            File.Delete(list);
        }
    }
}
