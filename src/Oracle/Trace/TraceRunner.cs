using ScopeFn.Script.Evaluation;
using ScopeFn.Script.Tf;
using ScopeFn.Script.Trace;

namespace ScopeFn.Oracle.Trace;

/// <summary>A traced run: what the script printed, how it ended, and its events (the last one is <c>exit</c>).</summary>
public sealed record TracedRun(string Stdout, RunResult Result, IReadOnlyList<TraceEvent> Events)
{
    public string Jsonl => TraceWriter.Write(Events);
}

/// <summary>Runs a script with a fresh tf module whose process records every TensorFlow event.</summary>
public static class TraceRunner
{
    public static TracedRun Run(string source, string fileName, RunOptions? options = null, bool onCurrentThread = false) =>
        Run(source, fileName, TfModule.Registry, options, onCurrentThread);

    /// <summary>As the other overload, importing <c>tensorflow</c> from <paramref name="modules"/> (say, a long-lived <see cref="TfModuleHost"/>).</summary>
    public static TracedRun Run(string source, string fileName, Func<TraceLog, ScopeFn.Script.Runtime.ModuleRegistry> modules,
        RunOptions? options = null, bool onCurrentThread = false)
    {
        var log = new TraceLog();
        var stdout = new StringWriter();
        var writer = new TracingWriter(stdout, log);
        var traced = (options ?? RunOptions.Default) with { Modules = modules(log) };
        var result = onCurrentThread
            ? ScriptRunner.RunOnCurrentThread(source, fileName, traced, writer)
            : ScriptRunner.Run(source, fileName, traced, writer);
        writer.Complete();
        log.Add(new TraceEvent.Exit(result.Succeeded ? 0 : result.ErrorLine, result.ExitCode,
            result.Succeeded ? null : result.ErrorType, result.Succeeded ? null : result.ErrorMessage));
        return new TracedRun(stdout.ToString(), result, log.Events);
    }
}
