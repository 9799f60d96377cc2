using System.Numerics;
using ScopeFn.Script.Syntax;

namespace ScopeFn.Script.Runtime;

public sealed class PyRange : PyObject
{
    public PyRange(BigInteger start, BigInteger stop, BigInteger step)
    {
        if (step.IsZero) throw PyErrors.ValueError("range() arg 3 must not be zero");
        Start = start;
        Stop = stop;
        Step = step;
    }

    public BigInteger Start { get; }
    public BigInteger Stop { get; }
    public BigInteger Step { get; }

    public BigInteger Count
    {
        get
        {
            var n = Step > 0 ? (Stop - Start + Step - 1) / Step : (Start - Stop - Step - 1) / -Step;
            return n < 0 ? 0 : n;
        }
    }

    public override PyType Type => BuiltinTypes.Range;

    public override long? Length => Count > long.MaxValue
        ? throw PyErrors.OverflowError("Python int too large to convert to C ssize_t")
        : (long)Count;

    public override string Repr() => Step.IsOne
        ? $"range({Start}, {Stop})"
        : $"range({Start}, {Stop}, {Step})";

    // range_hash (Objects/rangeobject.c): the hash of (len, start, step), with None for step when
    // len is 1 and for start and step when len is 0 — equal ranges hash equal.
    public override long Hash()
    {
        var count = Count;
        var none = PyNone.Instance.Hash();
        return PyHash.OfTuple([PyHash.OfInt(count), count.IsZero ? none : PyHash.OfInt(Start), count <= 1 ? none : PyHash.OfInt(Step)]);
    }

    public override IEnumerator<PyObject> Iterate()
    {
        var n = Count;
        var value = Start;
        for (BigInteger k = 0; k < n; k++, value += Step) yield return PyInt.Of(value);
    }

    public override PyObject GetItem(PyObject key)
    {
        var count = Count;
        if (key is PySlice slice)
        {
            var (start, stop, step, _) = slice.Indices((long)BigInteger.Min(count, long.MaxValue / 4));
            return new PyRange(Start + start * Step, Start + stop * Step, Step * step);
        }
        if (key is not PyInt i) throw PyErrors.TypeError($"range indices must be integers or slices, not {key.Type.Name}");
        var index = i.Value < 0 ? i.Value + count : i.Value;
        if (index < 0 || index >= count) throw PyErrors.IndexError("range object index out of range");
        return PyInt.Of(Start + index * Step);
    }

    public override bool? Contains(PyObject item)
    {
        if (item is not PyInt i) return null;
        var v = i.Value;
        var inBounds = Step > 0 ? v >= Start && v < Stop : v <= Start && v > Stop;
        return inBounds && BigInteger.Remainder(v - Start, Step).IsZero;
    }

    public override PyObject? Compare(CompareOperator op, PyObject other)
    {
        if (other is not PyRange r || op is not (CompareOperator.Equal or CompareOperator.NotEqual)) return null;
        var same = Count == r.Count && (Count.IsZero || (Start == r.Start && (Count.IsOne || Step == r.Step)));
        return PyBool.Of(same == (op == CompareOperator.Equal));
    }
}
