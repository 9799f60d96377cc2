using System.Diagnostics;

namespace ScopeFn.Oracle.Export;

/// <summary>Renders DOT to SVG with Graphviz's <c>dot -Tsvg</c>, when Graphviz is installed.</summary>
public static class GraphvizRenderer
{
    public const string MissingMessage =
        "Graphviz's `dot` was not found on PATH; install Graphviz (Debian: apt-get install graphviz) or use --format dot";

    /// <summary>The full path of <c>dot</c> on PATH, or null.</summary>
    public static string? FindDot()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, OperatingSystem.IsWindows() ? "dot.exe" : "dot"))
            .FirstOrDefault(File.Exists);
    }

    /// <summary>The SVG text; <see cref="InvalidOperationException"/> when <c>dot</c> is missing or fails.</summary>
    public static string ToSvg(string dot)
    {
        var exe = FindDot() ?? throw new InvalidOperationException(MissingMessage);
        var start = new ProcessStartInfo(exe, "-Tsvg")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {exe}");
        // Read both pipes while writing, so neither fills up and blocks dot.
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(dot);
        process.StandardInput.Close();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"dot -Tsvg failed (exit {process.ExitCode}): {stderr.Result.Trim()}");
        return stdout.Result;
    }
}
