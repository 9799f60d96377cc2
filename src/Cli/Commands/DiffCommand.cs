using ScopeFn.Oracle.Trace;

namespace ScopeFn.Cli.Commands;

/// <summary>
/// <c>scopefn diff EXPECTED.jsonl ACTUAL.jsonl</c>: exit 0 when the traces agree, 1 with the first
/// divergence explained, 2 when either file is not a trace (with file:line).
/// </summary>
internal static class DiffCommand
{
    public static int Run(string[] args)
    {
        if (args.Length != 2)
        {
            Console.Error.WriteLine("usage: scopefn diff EXPECTED.jsonl ACTUAL.jsonl");
            return 2;
        }
        try
        {
            var difference = TraceDiff.Compare(TraceReader.ReadFile(args[0]), TraceReader.ReadFile(args[1]));
            if (difference.Equal)
            {
                Console.WriteLine("traces are equal");
                return 0;
            }
            Console.WriteLine(difference.Explanation);
            return 1;
        }
        catch (TraceFormatException e)
        {
            Console.Error.WriteLine($"scopefn diff: {e.Message}");
            return 2;
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"scopefn diff: {e.Message}");
            return 2;
        }
    }
}
