using ScopeFn.Core.Worlds;
using ScopeFn.Oracle.Export;
using ScopeFn.Script.Evaluation;
using ScopeFn.Script.Tf;

namespace ScopeFn.Cli.Commands;

/// <summary>
/// <c>scopefn graph FILE [--format pbtxt|pb|dot|svg] [--out PATH]</c>: runs the script and writes the
/// graph it built (see <see cref="ExportedGraph.Pick"/> for which one) as a TensorFlow GraphDef in
/// text or binary protobuf, or as a picture grouped by name scope. Without <c>--format</c> the
/// format follows the <c>--out</c> extension, else pbtxt. The script's own printed output goes to
/// stderr so stdout carries only the graph; a script that fails writes no graph.
/// </summary>
internal static class GraphCommand
{
    public const string Usage = "scopefn graph FILE [--format pbtxt|pb|dot|svg] [--out PATH]";

    private static readonly string[] Formats = ["pbtxt", "pb", "dot", "svg"];

    public static int Run(IReadOnlyList<string> args)
    {
        string? file = null, format = null, output = null;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--format" when i + 1 < args.Count: format = args[++i]; break;
                case "--out" or "-o" when i + 1 < args.Count: output = args[++i]; break;
                case var a when a.StartsWith("--format=", StringComparison.Ordinal): format = a["--format=".Length..]; break;
                case var a when a.StartsWith("--out=", StringComparison.Ordinal): output = a["--out=".Length..]; break;
                case var a when !a.StartsWith('-') && file is null: file = a; break;
                default: return UsageError($"unexpected argument '{args[i]}'");
            }
        }
        if (file is null) return UsageError("a script FILE is required");
        format ??= output is not null && Formats.Contains(Path.GetExtension(output).TrimStart('.')) ? Path.GetExtension(output).TrimStart('.') : "pbtxt";
        if (!Formats.Contains(format)) return UsageError($"unknown format '{format}' (choose pbtxt, pb, dot or svg)");
        if (!File.Exists(file))
        {
            Console.Error.WriteLine($"scopefn: can't open file '{file}': No such file or directory");
            return 2;
        }
        if (format == "svg" && GraphvizRenderer.FindDot() is null)
        {
            Console.Error.WriteLine($"scopefn graph: {GraphvizRenderer.MissingMessage}");
            return 2;
        }

        Func<World>? world = null;
        var options = RunOptions.Default with { Modules = TfModule.Registry(read => world = read) };
        var result = ScriptRunner.Run(File.ReadAllText(file), file, options, Console.Error);
        if (result.ErrorText is { } text)
        {
            Console.Error.Write(text);
            return result.ExitCode;
        }
        var final = world?.Invoke() ?? World.Empty;
        var graph = ExportedGraph.Pick(final);
        byte[] bytes;
        try
        {
            bytes = format switch
            {
                "pb" => GraphDefBinary.Encode(GraphDef.From(final, graph)),
                "dot" => Utf8(GraphDot.Write(graph)),
                "svg" => Utf8(GraphvizRenderer.ToSvg(GraphDot.Write(graph))),
                _ => Utf8(GraphDefText.Write(GraphDef.From(final, graph))),
            };
        }
        catch (InvalidOperationException e)
        {
            Console.Error.WriteLine($"scopefn graph: {e.Message}");
            return 1;
        }
        if (output is null)
        {
            using var stdout = Console.OpenStandardOutput();
            stdout.Write(bytes);
        }
        else File.WriteAllBytes(output, bytes);
        return 0;
    }

    private static byte[] Utf8(string s) => new System.Text.UTF8Encoding(false).GetBytes(s);

    private static int UsageError(string message)
    {
        Console.Error.WriteLine($"scopefn graph: {message}");
        Console.Error.WriteLine("usage: " + Usage);
        return 2;
    }
}
