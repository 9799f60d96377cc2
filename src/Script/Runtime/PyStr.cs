using ScopeFn.Script.Syntax;

namespace ScopeFn.Script.Runtime;

public sealed class PyStr(string value) : PyObject
{
    public static readonly PyStr Empty = new("");

    public string Value { get; } = value;

    public override PyType Type => BuiltinTypes.Str;

    public override long? Length => Value.Length;

    // Cached as CPython caches a str's hash (-1, which no hash is, marks "not yet"): strings are
    // immutable and dict keys are hashed often; one 64-bit field reads and writes atomically.
    private long hash = -1;

    public override long Hash() => hash != -1 ? hash : hash = PyHash.OfStr(Value);

    public override string Repr() => PythonQuoting.QuoteStr(Value);

    public override string Str() => Value;

    public override string Format(string spec) => FormatSpec.FormatStr(Value, spec);

    public override PyObject GetItem(PyObject key)
    {
        if (key is PySlice slice) return new PyStr(new string(Sequences.Slice(Value.ToCharArray(), slice).ToArray()));
        return new PyStr(Value[Sequences.Index(key, Value.Length, "string")].ToString());
    }

    public override IEnumerator<PyObject> Iterate()
    {
        foreach (var c in Value) yield return new PyStr(c.ToString());
    }

    public override bool? Contains(PyObject item) => item is PyStr s
        ? Value.Contains(s.Value, StringComparison.Ordinal)
        : throw PyErrors.TypeError($"'in <string>' requires string as left operand, not {item.Type.Name}");

    public override PyObject? BinaryOp(BinaryOperator op, PyObject other) => op switch
    {
        BinaryOperator.Add when other is PyStr s => Concat(s),
        BinaryOperator.Multiply when other is PyInt => Repeat(other),
        BinaryOperator.Modulo => PercentFormat.Apply(Value, other),
        _ => null,
    };

    public override PyObject? ReflectedBinaryOp(BinaryOperator op, PyObject other) =>
        op == BinaryOperator.Multiply && other is PyInt ? Repeat(other) : null;

    private PyStr Concat(PyStr other)
    {
        Sequences.CheckGrowth((long)Value.Length + other.Value.Length);
        return new PyStr(Value + other.Value);
    }

    private PyStr Repeat(PyObject count)
    {
        var n = Sequences.RepeatCount(count, Value.Length);
        return new PyStr(n == 0 ? "" : string.Concat(Enumerable.Repeat(Value, n)));
    }

    public override PyObject? Compare(CompareOperator op, PyObject other) =>
        other is PyStr s ? PyBool.Of(Ops.OrderingHolds(op, Math.Sign(string.CompareOrdinal(Value, s.Value)))) : null;
}
