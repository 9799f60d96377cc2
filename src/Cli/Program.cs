using ScopeFn.Cli.Examples;
using ScopeFn.Script.Evaluation;
using ScopeFn.Script.Tf;

namespace ScopeFn.Cli;

/// <summary>
/// <c>scopefn</c>. With no arguments (or <c>examples</c>) it runs the built-in examples: worked
/// examples of TF's naming rules evaluated by the core, each printed beside TensorFlow's answer.
/// <c>scopefn run FILE…</c> runs TensorFlow snippets (graph mode) with the script interpreter.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        switch (args)
        {
            case []:
            case ["examples"]:
                return Math.Max(BuiltInExamples.RunAll(Console.Out), RunExampleScripts("examples"));
            case ["--version"]:
                Console.WriteLine($"scopefn {typeof(Program).Assembly.GetName().Version}");
                Console.WriteLine(ScopeFn.Interpreter.Blas.BlasInfo.Describe());
                return 0;
            case ["run", .. var files] when files.Length > 0:
                return Run(files);
            case ["check", .. var roots] when roots.Length > 0:
                return Check(roots);
            case ["trace", .. var rest]:
                return Commands.TraceCommand.Run(rest);
            case ["diff", .. var rest]:
                return Commands.DiffCommand.Run(rest);
            case ["serve", .. var rest]:
                return Commands.ServeCommand.Run(rest);
            case ["gen", .. var rest]:
                return Commands.GenCommand.Run(rest);
            default:
                Console.Error.WriteLine("usage: scopefn [examples | run FILE... | check DIR_OR_FILE... | trace FILE [--out F] | diff A.jsonl B.jsonl | serve | gen --seed S --count N --out DIR | --version]");
                return 2;
        }
    }

    /// <summary>
    /// Runs every <c>examples/*.py</c> beside which a <c>.out</c> holds TensorFlow's output, and says
    /// for each whether ScopeFn printed exactly that.
    /// </summary>
    private static int RunExampleScripts(string folder)
    {
        if (!Directory.Exists(folder)) return 0;
        var options = RunOptions.Default with { Modules = TfModule.Registry() };
        var failed = 0;
        foreach (var script in Directory.GetFiles(folder, "*.py").OrderBy(f => f, StringComparer.Ordinal))
        {
            var expected = Path.ChangeExtension(script, ".out");
            if (!File.Exists(expected)) continue;
            var output = new StringWriter();
            var result = ScriptRunner.Run(File.ReadAllText(script), script, options, output);
            var ok = result.Succeeded && output.ToString() == File.ReadAllText(expected);
            if (!ok) failed++;
            Console.WriteLine($"== {script}  [{(ok ? "matches TensorFlow" : "DIFFERS")}]");
            foreach (var line in output.ToString().TrimEnd('\n').Split('\n')) Console.WriteLine("   " + line);
            if (result.ErrorText is { } error) Console.WriteLine(error);
        }
        Console.WriteLine(failed == 0 ? "all example scripts match TensorFlow" : $"{failed} example script(s) differ from TensorFlow");
        return failed == 0 ? 0 : 1;
    }

    /// <summary><c>scopefn check</c>: one line per scenario as it runs, then a summary; exit 1 if any fails.</summary>
    private static int Check(IEnumerable<string> roots)
    {
        var files = ScopeFn.Oracle.Corpus.CorpusRunner.Find(roots).ToList();
        if (files.Count == 0)
        {
            Console.Error.WriteLine("scopefn check: no .py scenarios found");
            return 2;
        }
        var failed = 0;
        for (var i = 0; i < files.Count; i++)
        {
            var verdict = ScopeFn.Oracle.Corpus.CorpusRunner.Check(ScopeFn.Oracle.Corpus.Scenario.Load(files[i]));
            if (!verdict.Passed) failed++;
            Console.WriteLine($"[{i + 1}/{files.Count}] {(verdict.Passed ? "PASS" : "FAIL")}  {files[i]}{(verdict.Passed ? "" : "  — " + verdict.Reason)}");
        }
        Console.WriteLine($"{files.Count - failed} passed, {failed} failed");
        return failed == 0 ? 0 : 1;
    }

    /// <summary>Runs each script; stdout is the scripts' output, tracebacks go to stderr; the worst exit code wins.</summary>
    private static int Run(IEnumerable<string> files)
    {
        var exit = 0;
        var options = RunOptions.Default with { Modules = TfModule.Registry() };
        foreach (var file in files)
        {
            if (!File.Exists(file))
            {
                Console.Error.WriteLine($"scopefn: can't open file '{file}': No such file or directory");
                exit = Math.Max(exit, 2);
                continue;
            }
            var result = ScriptRunner.Run(File.ReadAllText(file), file, options, Console.Out);
            if (result.ErrorText is { } text) Console.Error.Write(text);
            exit = Math.Max(exit, result.ExitCode);
        }
        return exit;
    }
}
