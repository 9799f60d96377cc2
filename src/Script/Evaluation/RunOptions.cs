using ScopeFn.Script.Runtime;
using ScopeFn.Script.Syntax;

namespace ScopeFn.Script.Evaluation;

/// <summary>Limits and host modules for one run.</summary>
public sealed record RunOptions
{
    public static readonly RunOptions Default = new();

    /// <summary>Statements, calls and loop iterations a script may execute before ScriptTimeout.</summary>
    public long StepBudget { get; init; } = 10_000_000;

    /// <summary>Python frames deep before RecursionError; CPython's default is 1000.</summary>
    public int RecursionLimit { get; init; } = 1000;

    /// <summary>
    /// Stack of the thread the script runs on. Each Python frame takes a few dozen .NET frames, so
    /// the default leaves room for the recursion limit with the parser's deepest expressions.
    /// </summary>
    public int StackBytes { get; init; } = 512 * 1024 * 1024;

    /// <summary>Wall-clock milliseconds before ScriptTimeout (checked between steps); null for no limit.</summary>
    public long? WallTimeMs { get; init; }

    /// <summary>Parsed scripts shared across runs by a long-lived host; null parses every run.</summary>
    public ParseCache? Parses { get; init; }

    /// <summary>The modules <c>import</c> can reach; by default none.</summary>
    public ModuleRegistry Modules { get; init; } = new();
}
