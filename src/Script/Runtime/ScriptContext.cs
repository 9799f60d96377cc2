using System.Runtime.CompilerServices;

namespace ScopeFn.Script.Runtime;

/// <summary>
/// The per-run state runtime code needs without threading it through every call: the step budget,
/// stdout for <c>print</c>, and deterministic object ids. A run installs it on its own thread.
/// </summary>
public sealed class ScriptContext
{
    [ThreadStatic] private static ScriptContext? current;

    private readonly ConditionalWeakTable<object, object> ids = new();
    private long nextId;

    public ScriptContext(TextWriter stdout, long stepBudget)
    {
        Stdout = stdout;
        StepBudget = stepBudget;
    }

    public static ScriptContext? Current => current;

    public TextWriter Stdout { get; }

    public long StepBudget { get; }

    public long Steps { get; private set; }

    /// <summary>
    /// The running script's call stack, outermost frame first, with each frame's source line (what
    /// Python's <c>traceback.extract_stack</c> gives); TF stores it on the ops it creates.
    /// </summary>
    public Func<IReadOnlyList<(TracebackEntry Frame, string? Text)>>? CallStack { get; set; }
    /// <summary>The line the innermost Python frame is executing, for traces; set by the evaluator's runner.</summary>
    public Func<int>? LineSource { get; set; }

    public int CurrentLine => LineSource?.Invoke() ?? 0;

    /// <summary>Counts one unit of work; past the budget the script ends with ScriptTimeout.</summary>
    public void Charge()
    {
        if (++Steps > StepBudget)
        {
            throw PyErrors.New(PyExceptionTypes.ScriptTimeout, $"step budget of {StepBudget} exceeded");
        }
        // The clock is read every 1024 steps only: cheap, and a step is short.
        if (deadline != long.MaxValue && (Steps & 1023) == 0 && Environment.TickCount64 > deadline)
        {
            throw PyErrors.New(PyExceptionTypes.ScriptTimeout, $"wall time of {wallTimeMs} ms exceeded");
        }
    }

    private long deadline = long.MaxValue;
    private long wallTimeMs;

    /// <summary>Ends the run with ScriptTimeout once <paramref name="milliseconds"/> have passed from now.</summary>
    public void LimitWallTime(long milliseconds)
    {
        wallTimeMs = milliseconds;
        deadline = Environment.TickCount64 + milliseconds;
    }

    public static void ChargeCurrent() => current?.Charge();

    /// <summary>Ids count up per run, so reprs such as <c>&lt;function f at 0x…&gt;</c> are reproducible.</summary>
    public long IdOf(object obj) => (long)ids.GetValue(obj, _ => 0x7f0000001000L + 0x40L * Interlocked.Increment(ref nextId));

    public IDisposable Install()
    {
        var previous = current;
        current = this;
        return new Restore(previous);
    }

    private sealed class Restore(ScriptContext? previous) : IDisposable
    {
        public void Dispose() => current = previous;
    }
}

/// <summary>Object ids (<c>id(x)</c> and default reprs), stable within a run.</summary>
public static class PyIds
{
    public static long Of(object obj) =>
        ScriptContext.Current?.IdOf(obj) ?? RuntimeHelpers.GetHashCode(obj);

    public static string Hex(object obj) => "0x" + Of(obj).ToString("x12", System.Globalization.CultureInfo.InvariantCulture);
}
