using System.Collections.Immutable;
using ScopeFn.Core.Graphs;
using ScopeFn.Script.Runtime;

namespace ScopeFn.Script.Tf;

/// <summary>
/// ops.py <c>Operation.get_attr(name)</c>: a list attr as a Python list of its one kind (types as
/// DTypes), a type as a DType, a func as its NameAttrList, scalars as Python values; a missing attr
/// raises ValueError.
/// </summary>
internal static class OpAttrs
{
    public static readonly PyType NameAttrListType = new("NameAttrList", BuiltinTypes.Object, "tensorflow.core.framework.attr_value_pb2");

    public static PyObject Get(Operation op, CallArgs a)
    {
        var name = Convert.OptionalString(a.Arg(0, "name")) ?? throw PyErrors.TypeError("get_attr() missing 1 required positional argument: 'name'");
        var value = op.Attr(name) ?? throw PyErrors.ValueError($"Operation '{op.Name}' has no attr named '{name}'.");
        return ToPython(value);
    }

    private static PyObject ToPython(AttrValue value) => value switch
    {
        AttrValue.ListValue l => new PyList(l.Items.Select(ToPython)),
        AttrValue.TypeValue t => DTypeObject.Of(t.DType),
        AttrValue.BoolValue b => PyBool.Of(b.Value),
        AttrValue.IntValue i => PyInt.Of(i.Value),
        AttrValue.FloatValue f => new PyFloat(f.Value),
        AttrValue.StringValue s => new PyBytes(System.Text.Encoding.UTF8.GetBytes(s.Value).ToImmutableArray()),
        AttrValue.FuncValue f => new NameAttrList(f.Name),
        _ => throw PyErrors.New(PyExceptionTypes.NotImplementedError, $"ScopeFn's get_attr does not return {value.GetType().Name} attrs yet"),
    };

    /// <summary>attr_value.proto <c>NameAttrList</c>: <c>.name</c>; printed as protobuf text.</summary>
    private sealed class NameAttrList(string name) : PyObject
    {
        public override PyType Type => NameAttrListType;
        public override PyObject? GetAttribute(string attr) => attr == "name" ? new PyStr(name) : null;
        public override string Repr() => $"name: \"{name}\"\n";
    }
}
