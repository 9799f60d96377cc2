using ScopeFn.Script.Runtime;

namespace ScopeFn.Script.Trace;

/// <summary>
/// Collects the events of one run in order. The line of each event is the innermost Python frame's
/// current line, read from the run's <see cref="ScriptContext"/>.
/// </summary>
public sealed class TraceLog
{
    private readonly List<TraceEvent> events = [];

    public IReadOnlyList<TraceEvent> Events => events;

    public void Add(TraceEvent e) => events.Add(e);

    public static int CurrentLine => ScriptContext.Current?.CurrentLine ?? 0;
}
