using ScopeFn.Script.Runtime;
using ScopeFn.Script.Syntax;

namespace ScopeFn.Script.Evaluation;

/// <summary>Parses and runs one script on a dedicated thread, turning every outcome into a <see cref="RunResult"/>.</summary>
public static class ScriptRunner
{
    public static RunResult Run(string source, string fileName, RunOptions options, TextWriter stdout)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(stdout);
        var parsed = options.Parses?.Parse(source, fileName) ?? Parser.Parse(source, fileName);
        if (!parsed.IsSuccess)
        {
            return new RunResult(RunResult.SyntaxError, parsed.Error.Format() + "\n", parsed.Error.KindName, parsed.Error.Message, 0)
            {
                ErrorLine = parsed.Error.Line,
            };
        }
        RunResult? result = null;
        var thread = new Thread(() => result = Execute(parsed.Module, source, fileName, options, stdout), options.StackBytes)
        {
            Name = "ScopeFn script",
            IsBackground = true,
        };
        thread.Start();
        thread.Join();
        return result!;
    }

    /// <summary>
    /// As <see cref="Run"/>, but on the calling thread, which must have a stack as large as
    /// <see cref="RunOptions.StackBytes"/> (a long-lived worker saves a thread per script).
    /// </summary>
    public static RunResult RunOnCurrentThread(string source, string fileName, RunOptions options, TextWriter stdout)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(stdout);
        var parsed = options.Parses?.Parse(source, fileName) ?? Parser.Parse(source, fileName);
        if (!parsed.IsSuccess)
        {
            return new RunResult(RunResult.SyntaxError, parsed.Error.Format() + "\n", parsed.Error.KindName, parsed.Error.Message, 0)
            {
                ErrorLine = parsed.Error.Line,
            };
        }
        return Execute(parsed.Module, source, fileName, options, stdout);
    }

    private static RunResult Execute(Module module, string source, string fileName, RunOptions options, TextWriter stdout)
    {
        var context = new ScriptContext(stdout, options.StepBudget);
        if (options.WallTimeMs is { } ms) context.LimitWallTime(ms);
        using var installed = context.Install();
        var lines = source.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var evaluator = new Evaluator(fileName, options.Modules.Fork(), Builtins.Create(stdout), options.RecursionLimit);
        context.CallStack = () => evaluator.Stack()
            .Select(f => (f, f.Line >= 1 && f.Line <= lines.Length ? lines[f.Line - 1] : null)).ToList();
        context.LineSource = () => evaluator.CurrentLine;
        try
        {
            evaluator.Run(module);
            return new RunResult(RunResult.Ok, null, null, null, context.Steps);
        }
        catch (Exception exception) when (PyErrors.Normalize(exception) is { } py)
        {
            var formatter = new TracebackFormatter((file, line) =>
                file == fileName && line >= 1 && line <= lines.Length ? lines[line - 1] : null);
            return new RunResult(RunResult.UncaughtException, formatter.Format(py.Value), py.Value.ExceptionType.QualifiedName,
                py.Value.Str(), context.Steps)
            {
                ErrorLine = py.Value.Traceback.Count > 0 ? py.Value.Traceback[0].Line : evaluator.CurrentLine,
            };
        }
        catch (Exception exception)
        {
            return new RunResult(RunResult.UncaughtException, $"ScopeFn internal error: {exception}\n", exception.GetType().Name,
                exception.Message, context.Steps)
            {
                IsInternalError = true,
                ErrorLine = evaluator.CurrentLine,
            };
        }
    }
}
