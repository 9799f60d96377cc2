namespace ScopeFn.Script.Trace;

/// <summary>
/// One observable step of a script run, as docs/trace-schema.md describes it. Every event carries
/// the script line the innermost Python frame was executing (0 when no frame was running).
/// </summary>
public abstract record TraceEvent(int Line)
{
    /// <summary>A <c>with</c> block of the tf module was entered: the scopes the thread is in afterwards.</summary>
    public sealed record ScopeEnter(int Line, string Kind, string? Requested, string? DefaultName, int? Graph, string NameScope, string VariableScope)
        : TraceEvent(Line);

    /// <summary>The block was left (normally or by an exception): the scopes the thread is back in.</summary>
    public sealed record ScopeExit(int Line, string Kind, int? Graph, string NameScope, string VariableScope) : TraceEvent(Line);

    /// <summary>An op was added to a graph (graphs are numbered 1, 2, … in creation order).</summary>
    public sealed record OpCreated(int Line, int Graph, string Name, string Type, IReadOnlyList<string> Inputs, IReadOnlyList<string> ControlInputs, string Device)
        : TraceEvent(Line);

    /// <summary><c>tf.Variable</c> or <c>get_variable</c> returned a variable, new or reused.</summary>
    public sealed record VariableReturned(int Line, int Graph, string Name, IReadOnlyList<long?>? Shape, string DType, string Kind, bool Trainable,
        IReadOnlyList<string> Collections, bool Created) : TraceEvent(Line);

    /// <summary>A TensorFlow call raised (whether or not the script catches it).</summary>
    public sealed record Error(int Line, string Type, string Message) : TraceEvent(Line);

    /// <summary>One line the script wrote to stdout (without its newline).</summary>
    public sealed record Output(int Line, string Text) : TraceEvent(Line);

    /// <summary><c>Session.run</c> returned: the fetched graph elements and the value as <c>str</c> prints it.</summary>
    public sealed record Fetch(int Line, IReadOnlyList<string> Fetches, string Value) : TraceEvent(Line);

    /// <summary>The run ended: exit code and, for 1 and 2, the uncaught error.</summary>
    public sealed record Exit(int Line, int Code, string? Type, string? Message) : TraceEvent(Line);
}
