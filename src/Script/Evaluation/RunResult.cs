namespace ScopeFn.Script.Evaluation;

/// <summary>
/// How a run ended: exit code 0 (ok), 1 (uncaught exception or failed assert) or 2 (syntax error);
/// for 1 and 2 the text CPython would print on stderr.
/// </summary>
public sealed record RunResult(int ExitCode, string? ErrorText, string? ErrorType, string? ErrorMessage, long Steps)
{
    public const int Ok = 0;
    public const int UncaughtException = 1;
    public const int SyntaxError = 2;

    /// <summary>A .NET exception escaped the evaluator: a ScopeFn bug, never a script's doing.</summary>
    public bool IsInternalError { get; init; }

    /// <summary>Where the uncaught error was raised (the innermost frame's line), 0 when none.</summary>
    public int ErrorLine { get; init; }

    public bool Succeeded => ExitCode == Ok;
}
