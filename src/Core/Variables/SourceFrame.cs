using System.Text;
using ScopeFn.Core.Collections;

namespace ScopeFn.Core.Variables;

/// <summary>
/// One frame of the Python call stack an op was created under (what <c>Operation.traceback</c>
/// lists): file, line, function and the stripped source line. The Core never captures stacks; a
/// shell (the script evaluator) hands them in, outermost frame first, as Python's extract_stack does.
/// </summary>
public sealed record SourceFrame(string File, int Line, string Function, string? Text);

/// <summary>The parts of Python's <c>traceback</c> module TF's messages use.</summary>
public static class SourceFrames
{
    /// <summary>
    /// <c>traceback.format_list</c>: <c>  File "F", line N, in FN\n</c> and, when the source line is
    /// known, <c>    TEXT\n</c> (stripped).
    /// </summary>
    public static string FormatList(IEnumerable<SourceFrame> frames)
    {
        var text = new StringBuilder();
        foreach (var f in frames)
        {
            text.Append("  File \"").Append(f.File).Append("\", line ").Append(f.Line).Append(", in ").Append(f.Function).Append('\n');
            if (f.Text?.Trim() is { Length: > 0 } line) text.Append("    ").Append(line).Append('\n');
        }
        return text.ToString();
    }

    /// <summary>
    /// variable_scope.py <c>_get_single_variable</c>'s trimming of the first variable's op traceback:
    /// innermost frame first (<c>[::-1]</c>), frames of files under <c>tensorflow/python</c> dropped, at most five.
    /// </summary>
    public static IEnumerable<SourceFrame> TrimForAlreadyExists(EquatableArray<SourceFrame> traceback) =>
        traceback.Reverse().Where(f => !f.File.Contains("tensorflow/python", StringComparison.Ordinal)).Take(5);
}
