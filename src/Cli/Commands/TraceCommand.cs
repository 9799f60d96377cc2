using ScopeFn.Oracle.Trace;

namespace ScopeFn.Cli.Commands;

/// <summary><c>scopefn trace FILE [--out F]</c>: runs the script and writes its trace (docs/trace-schema.md).</summary>
internal static class TraceCommand
{
    public static int Run(string[] args)
    {
        string? file = null, output = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--out" && i + 1 < args.Length) output = args[++i];
            else if (file is null && !args[i].StartsWith("--", StringComparison.Ordinal)) file = args[i];
            else return Usage();
        }
        if (file is null) return Usage();
        if (!File.Exists(file))
        {
            Console.Error.WriteLine($"scopefn: can't open file '{file}': No such file or directory");
            return 2;
        }
        var run = TraceRunner.Run(File.ReadAllText(file), file);
        if (output is null) Console.Out.Write(run.Jsonl);
        else File.WriteAllText(output, run.Jsonl);
        return run.Result.ExitCode;
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: scopefn trace FILE [--out TRACE.jsonl]");
        return 2;
    }
}
