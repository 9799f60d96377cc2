using ScopeFn.Core.Graphs;

namespace ScopeFn.Core.Ops;

/// <summary>One element of a Python subscript <c>t[a, b:c:d, ..., tf.newaxis]</c>, as array_ops <c>_slice_helper</c> tells them apart.</summary>
public abstract record SliceSpec
{
    private SliceSpec() { }

    /// <summary>An integer (a <c>long</c>) or a scalar int tensor: begin <c>s</c>, end <c>s + 1</c>, shrink bit set.</summary>
    public sealed record Index(object Value) : SliceSpec;

    /// <summary><c>start:stop:step</c>; an omitted bound sets its mask bit, an omitted step is 1.</summary>
    public sealed record Range(object? Start, object? Stop, object? Step) : SliceSpec;

    /// <summary><c>...</c>: the ellipsis bit.</summary>
    public sealed record Ellipsis : SliceSpec;

    /// <summary><c>tf.newaxis</c> (<c>None</c>): the new-axis bit.</summary>
    public sealed record NewAxis : SliceSpec;
}
