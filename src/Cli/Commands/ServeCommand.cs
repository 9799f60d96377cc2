using System.Text;
using ScopeFn.Oracle.Serve;

namespace ScopeFn.Cli.Commands;

/// <summary><c>scopefn serve</c>: JSON requests on stdin, one JSON response per line on stdout, until stdin closes.</summary>
internal static class ServeCommand
{
    public static int Run(string[] args)
    {
        if (args.Length != 0)
        {
            Console.Error.WriteLine("usage: scopefn serve   (requests on stdin: {\"id\": …, \"script\": \"…\", \"options\": {\"trace\": true, \"timeout_ms\": 1000}})");
            return 2;
        }
        var utf8 = new UTF8Encoding(false);
        using var input = new StreamReader(Console.OpenStandardInput(), utf8, false, 1 << 16);
        using var output = new StreamWriter(Console.OpenStandardOutput(), utf8, 1 << 16) { AutoFlush = false };
        var server = new ScriptServer();
        server.WarmUp();
        server.Serve(input, output);
        output.Flush();
        return 0;
    }
}
