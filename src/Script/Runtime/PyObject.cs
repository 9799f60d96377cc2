using System.Diagnostics.CodeAnalysis;
using ScopeFn.Script.Syntax;

namespace ScopeFn.Script.Runtime;

/// <summary>
/// The protocol every Python value speaks, built-in or host-provided. A host object (a tensor, a
/// scope, the <c>tf</c> module) derives from this class and overrides only what it supports; the
/// defaults raise the TypeError or AttributeError CPython raises for an object lacking that slot.
/// Binary operators and comparisons return null for NotImplemented so the evaluator can try the
/// other operand's reflected method, as CPython does.
/// </summary>
/// <remarks>Annotated so that every Python value type keeps its public methods in trimmed and
/// NativeAOT builds: <c>callable()</c> asks by reflection whether a type overrides <see cref="Call"/>.</remarks>
[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicMethods)]
public abstract class PyObject
{
    public abstract PyType Type { get; }

    /// <summary>An attribute the object itself provides, or null; type methods are looked up after this.</summary>
    public virtual PyObject? GetAttribute(string name) => null;

    public virtual void SetAttribute(string name, PyObject value) =>
        throw PyErrors.AttributeError($"'{Type.Name}' object has no attribute '{name}'");

    /// <summary>The message of the AttributeError raised for a missing attribute.</summary>
    public virtual string MissingAttributeMessage(string name) => $"'{Type.Name}' object has no attribute '{name}'";

    public virtual PyObject Call(CallArgs args) => throw PyErrors.TypeError($"'{Type.Name}' object is not callable");

    public virtual PyObject GetItem(PyObject key) => throw PyErrors.TypeError($"'{Type.Name}' object is not subscriptable");

    public virtual void SetItem(PyObject key, PyObject value) =>
        throw PyErrors.TypeError($"'{Type.Name}' object does not support item assignment");

    public virtual void DeleteItem(PyObject key) =>
        throw PyErrors.TypeError($"'{Type.Name}' object does not support item deletion");

    /// <summary>A fresh iterator over the object, or null when it is not iterable.</summary>
    public virtual IEnumerator<PyObject>? Iterate() => null;

    /// <summary><c>len(x)</c>, or null when the object has no length.</summary>
    public virtual long? Length => null;

    /// <summary><c>item in x</c>, or null to fall back to iteration with ==.</summary>
    public virtual bool? Contains(PyObject item) => null;

    public virtual bool IsTrue() => Length is not { } length || length != 0;

    /// <summary><c>__float__</c> of a host object (an eager scalar tensor), or null when it has none.</summary>
    public virtual PyFloat? ToFloat() => null;

    /// <summary><c>__int__</c> of a host object, or null when it has none.</summary>
    public virtual PyInt? ToInt() => null;

    /// <summary><c>__enter__</c>; the default says the object is not a context manager.</summary>
    public virtual PyObject Enter() => throw PyErrors.TypeError(
        $"'{Type.Name}' object does not support the context manager protocol");

    /// <summary><c>__exit__</c> with the in-flight exception (null on a normal exit); true suppresses it.</summary>
    public virtual bool Exit(PyBaseException? exception) => throw PyErrors.TypeError(
        $"'{Type.Name}' object does not support the context manager protocol");

    /// <summary>Whether <see cref="Enter"/>/<see cref="Exit"/> are implemented.</summary>
    public virtual bool IsContextManager => false;

    public virtual PyObject? BinaryOp(BinaryOperator op, PyObject other) => null;

    /// <summary>The reflected operator (<c>__radd__</c> etc.): this object is the right operand.</summary>
    public virtual PyObject? ReflectedBinaryOp(BinaryOperator op, PyObject other) => null;

    /// <summary>An in-place operator (<c>__iadd__</c>); null falls back to the plain operator.</summary>
    public virtual PyObject? InPlaceBinaryOp(BinaryOperator op, PyObject other) => null;

    public virtual PyObject? UnaryOp(UnaryOperator op) => null;

    /// <summary>Rich comparison for ==, !=, &lt;, &lt;=, &gt;, &gt;=; null is NotImplemented.</summary>
    public virtual PyObject? Compare(CompareOperator op, PyObject other) => null;

    /// <summary>
    /// Python's hash; identity by default, as for plain objects: derived from the run's
    /// deterministic id (never from .NET's allocation-dependent identity hash), as
    /// <c>_Py_HashPointer(id)</c>.
    /// </summary>
    public virtual long Hash() => PyHash.OfId(PyIds.Of(this));

    public virtual string Repr() => $"<{Type.QualifiedName} object at {PyIds.Hex(this)}>";

    public virtual string Str() => Repr();

    /// <summary><c>format(x, spec)</c>; plain objects accept only the empty spec.</summary>
    public virtual string Format(string spec) => spec.Length == 0
        ? Str()
        : throw PyErrors.TypeError($"unsupported format string passed to {Type.Name}.__format__");

    /// <summary>Names for <c>dir()</c> and <c>from m import *</c>.</summary>
    public virtual IEnumerable<string> AttributeNames => [];

    public override string ToString() => Repr();
}
