using System.Text;

namespace ScopeFn.Script.Trace;

/// <summary>Passes stdout through and records each completed line as an <see cref="TraceEvent.Output"/> event.</summary>
public sealed class TracingWriter(TextWriter inner, TraceLog log) : TextWriter
{
    private readonly StringBuilder pending = new();

    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value)
    {
        inner.Write(value);
        if (value == '\n')
        {
            log.Add(new TraceEvent.Output(TraceLog.CurrentLine, pending.ToString()));
            pending.Clear();
        }
        else pending.Append(value);
    }

    public override void Write(string? value)
    {
        if (value is null) return;
        foreach (var c in value) Write(c);
    }

    /// <summary>A last line without a newline is still output.</summary>
    public void Complete()
    {
        if (pending.Length == 0) return;
        log.Add(new TraceEvent.Output(TraceLog.CurrentLine, pending.ToString()));
        pending.Clear();
    }
}
