using System.Collections.Immutable;
using ScopeFn.Script.Syntax;

namespace ScopeFn.Script.Runtime;

/// <summary>bytes literals, which TF snippets use for string tensors.</summary>
public sealed class PyBytes(ImmutableArray<byte> value) : PyObject
{
    public ImmutableArray<byte> Value { get; } = value;

    public override PyType Type => BuiltinTypes.Bytes;

    public override long? Length => Value.Length;

    public override long Hash() => PyHash.OfBytes(Value.AsSpan());

    public override string Repr() => PythonQuoting.QuoteBytes(Value);

    public override PyObject GetItem(PyObject key) => key is PySlice slice
        ? new PyBytes([.. Sequences.Slice(Value, slice)])
        : PyInt.Of(Value[Sequences.Index(key, Value.Length, "index")]);

    public override IEnumerator<PyObject> Iterate() => Value.Select(b => (PyObject)PyInt.Of(b)).GetEnumerator();

    public override PyObject? BinaryOp(BinaryOperator op, PyObject other) =>
        op == BinaryOperator.Add && other is PyBytes b ? new PyBytes(Value.AddRange(b.Value)) : null;

    public override PyObject? Compare(CompareOperator op, PyObject other) => other is PyBytes b
        ? Sequences.CompareSequences(op, Value.Select(x => (PyObject)PyInt.Of(x)).ToList(), b.Value.Select(x => (PyObject)PyInt.Of(x)).ToList())
        : null;
}
