using System.Collections.Immutable;
using ScopeFn.Core.Collections;
using ScopeFn.Core.Variables;
using ScopeFn.Script.Runtime;

namespace ScopeFn.Script.Tf;

/// <summary>The script's call stack in the Core's terms, for the tracebacks TF keeps on the ops it creates.</summary>
internal static class ScriptStacks
{
    /// <summary>The running script's frames, outermost first; empty outside a script run.</summary>
    public static EquatableArray<SourceFrame> Current() =>
        ScriptContext.Current?.CallStack?.Invoke() is { } stack
            ? stack.Select(s => new SourceFrame(s.Frame.File, s.Frame.Line, s.Frame.Function, s.Text)).ToImmutableArray()
            : EquatableArray<SourceFrame>.Empty;
}
