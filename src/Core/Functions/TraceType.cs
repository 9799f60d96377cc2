using ScopeFn.Core.Collections;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Types;

namespace ScopeFn.Core.Functions;

/// <summary>
/// What tf.function keys its traces by (core/function/trace_type): a tensor argument counts by
/// its <c>TensorSpec(shape, dtype)</c>, a Python value by its value, a sequence by its items,
/// any other object by identity. A call reuses a trace whose type it is a subtype of.
/// </summary>
public abstract record TraceType
{
    /// <summary><c>is_subtype_of</c>: every value of this type is also a value of <paramref name="other"/>.</summary>
    public abstract bool IsSubtypeOf(TraceType other);

    /// <summary>The trace type of an argument as <c>trace_type.from_value</c> computes it.</summary>
    /// <summary>Same length and each type a subtype of the other list's type at its position.</summary>
    public static bool AllSubtypes(IReadOnlyList<TraceType> types, IReadOnlyList<TraceType> of)
    {
        if (types.Count != of.Count) return false;
        for (var i = 0; i < types.Count; i++)
            if (!types[i].IsSubtypeOf(of[i])) return false;
        return true;
    }

    public static TraceType Of(object? value) => value switch
    {
        TraceType type => type,
        Tensor t => new TensorType(t.DType, t.Shape),
        null or bool or long or int or double or string => new LiteralType(value),
        OutputSequence seq => new SequenceType(seq.IsList, seq.Items.Select(Of).ToArray()),
        IReadOnlyList<object?> list => new SequenceType(false, list.Select(Of).ToArray()),
        _ => new OpaqueType(value),
    };
}

/// <summary><c>tf.TensorSpec(shape, dtype, name)</c>, the trace type of a tensor (tensor.py <c>TensorSpec</c>).</summary>
public sealed record TensorType(DType DType, TensorShape Shape, string? Name = null) : TraceType
{
    // A named spec only matches a spec of the same name; a tensor's own type carries no name.
    public override bool IsSubtypeOf(TraceType other) =>
        other is TensorType o && (Name is null || Name == o.Name) && DType == o.DType && ShapeIsSubtype(Shape, o.Shape);

    /// <summary><c>TensorShape.is_subtype_of</c>: an unknown rank is the top; otherwise dimension by dimension, None the top.</summary>
    public static bool ShapeIsSubtype(TensorShape shape, TensorShape of)
    {
        if (of.Dims is not { } supers) return true;
        if (shape.Dims is not { } dims || dims.Length != supers.Length) return false;
        for (var i = 0; i < dims.Length; i++)
            if (supers[i] is { } s && dims[i] != s) return false;
        return true;
    }

    public override string ToString() =>
        $"TensorSpec(shape={Shape}, dtype=tf.{DType.Name}, name={(Name is null ? "None" : "'" + Name + "'")})";
}

/// <summary>
/// A Python bool, int, float, str or None (default_types.py <c>Literal</c>): equal when the
/// values are equal as Python compares them, so <c>1</c>, <c>1.0</c> and <c>True</c> share a trace.
/// </summary>
public sealed record LiteralType(object? Value) : TraceType
{
    public override bool IsSubtypeOf(TraceType other) => Equals(other);

    public bool Equals(LiteralType? other) => other is not null && Equals(Normal(Value), Normal(other.Value));

    public override int GetHashCode() => Normal(Value)?.GetHashCode() ?? 0;

    // Python's == across numeric types; NaN matches NaN as TF's NanMarker makes it.
    private static object? Normal(object? v) => v switch
    {
        bool b => (object)(b ? 1L : 0L),
        int i => (long)i,
        double d when double.IsNaN(d) => double.NaN,
        double d when Math.Floor(d) == d && Math.Abs(d) < 9.2e18 => (long)d,
        _ => v,
    };
}

/// <summary>A tuple or list of trace types (default_types.py <c>Tuple</c>/<c>List</c>): same kind, same length, itemwise subtypes.</summary>
public sealed record SequenceType(bool IsList, EquatableArray<TraceType> Items) : TraceType
{
    public override bool IsSubtypeOf(TraceType other) =>
        other is SequenceType o && o.IsList == IsList && AllSubtypes(Items, o.Items);
}

/// <summary>Any other Python object (default_types.py <c>Weakref</c>): the same object only.</summary>
public sealed record OpaqueType(object Ref) : TraceType
{
    public override bool IsSubtypeOf(TraceType other) => Equals(other);

    public bool Equals(OpaqueType? other) => other is not null && ReferenceEquals(Ref, other.Ref);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(Ref);
}
