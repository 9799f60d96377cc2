using System.Collections.Immutable;
using ScopeFn.Script.Syntax;

namespace ScopeFn.Script.Runtime;

public sealed class PyTuple : PyObject
{
    public static readonly PyTuple Empty = new([]);

    public PyTuple(IEnumerable<PyObject> items) => Items = [.. items];

    public ImmutableArray<PyObject> Items { get; }

    public override PyType Type => BuiltinTypes.Tuple;

    public override long? Length => Items.Length;

    public override long Hash() => PyHash.OfTuple(Items.Select(Ops.Hash));

    public override string Repr() => Items.Length == 1
        ? "(" + Ops.Repr(Items[0]) + ",)"
        : "(" + string.Join(", ", Items.Select(Ops.Repr)) + ")";

    public override PyObject GetItem(PyObject key) =>
        key is PySlice slice ? new PyTuple(Sequences.Slice(Items, slice)) : Items[Sequences.Index(key, Items.Length, "tuple")];

    public override IEnumerator<PyObject> Iterate() => ((IEnumerable<PyObject>)Items).GetEnumerator();

    public override PyObject? BinaryOp(BinaryOperator op, PyObject other)
    {
        if (op == BinaryOperator.Add && other is PyTuple tuple)
        {
            Sequences.CheckGrowth((long)Items.Length + tuple.Items.Length);
            return new PyTuple(Items.Concat(tuple.Items));
        }
        return op == BinaryOperator.Multiply && other is PyInt ? Repeat(other) : null;
    }

    public override PyObject? ReflectedBinaryOp(BinaryOperator op, PyObject other) =>
        op == BinaryOperator.Multiply && other is PyInt ? Repeat(other) : null;

    private PyTuple Repeat(PyObject count)
    {
        var n = Sequences.RepeatCount(count, Items.Length);
        return new PyTuple(Enumerable.Range(0, n).SelectMany(_ => Items));
    }

    public override PyObject? Compare(CompareOperator op, PyObject other) =>
        other is PyTuple tuple ? Sequences.CompareSequences(op, Items, tuple.Items) : null;
}
