using System.Globalization;
using System.Numerics;

namespace ScopeFn.Script.Runtime;

/// <summary>The built-in classes: what <c>type(x)</c> returns and what calling <c>int(…)</c>, <c>list(…)</c> builds.</summary>
public static class BuiltinTypes
{
    public static readonly PyType Object = new("object", null, constructor: args => { args.Expect("object", 0, 0); return new PyPlainObject(); });
    public static readonly PyType TypeType = new("type", Object, constructor: TypeOf);
    public static readonly PyType NoneType = new("NoneType", Object, constructor: args => { args.Expect("NoneType", 0, 0); return PyNone.Instance; });
    public static readonly PyType EllipsisType = new("ellipsis", Object);
    public static readonly PyType Int = new("int", Object, constructor: NewInt);
    public static readonly PyType Bool = new("bool", Int, constructor: args => PyBool.Of(args.Expect("bool", 0, 1).Count == 1 && Ops.IsTrue(args[0])));
    public static readonly PyType Float = new("float", Object, constructor: NewFloat);
    public static readonly PyType Str = new("str", Object, constructor: args => args.Expect("str", 0, 1).Count == 0 ? PyStr.Empty : new PyStr(Ops.Str(args[0])));
    public static readonly PyType Bytes = new("bytes", Object);
    public static readonly PyType List = new("list", Object, constructor: args => args.OnlyKeywords("list").Expect("list", 0, 1).Count == 0 ? new PyList() : new PyList(Ops.ToList(args[0])));
    public static readonly PyType Tuple = new("tuple", Object, constructor: args => args.OnlyKeywords("tuple").Expect("tuple", 0, 1).Count == 0 ? PyTuple.Empty : args[0] as PyTuple ?? new PyTuple(Ops.ToList(args[0])));
    public static readonly PyType Dict = new("dict", Object, constructor: NewDict);
    public static readonly PyType DictKeys = new("dict_keys", Object);
    public static readonly PyType DictValues = new("dict_values", Object);
    public static readonly PyType DictItems = new("dict_items", Object);
    public static readonly PyType Set = new("set", Object, constructor: args => args.OnlyKeywords("set").Expect("set", 0, 1).Count == 0 ? new PySet([]) : new PySet(Ops.ToList(args[0])));
    public static readonly PyType Range = new("range", Object, constructor: NewRange);
    public static readonly PyType Slice = new("slice", Object, constructor: NewSlice);
    public static readonly PyType Function = new("function", Object);
    public static readonly PyType BuiltinFunction = new("builtin_function_or_method", Object);
    public static readonly PyType Method = new("method", Object);
    public static readonly PyType Module = new("module", Object);
    public static readonly PyType Iterator = new("iterator", Object);
    public static readonly PyType ListIterator = new("list_iterator", Object);
    public static readonly PyType Zip = new("zip", Object);
    public static readonly PyType Map = new("map", Object);
    public static readonly PyType Filter = new("filter", Object);
    public static readonly PyType Enumerate = new("enumerate", Object);
    public static readonly PyType Reversed = new("reversed", Object);
    public static readonly PyType Generator = new("generator", Object);

    static BuiltinTypes()
    {
        StrMethods.Register(Str);
        ListMethods.Register(List, Tuple);
        DictMethods.Register(Dict, Set);
        Int.DefineNoArgs("bit_length", self => PyInt.Of(((PyInt)self).Value.GetBitLength()));
        Float.DefineNoArgs("is_integer", self => PyBool.Of(double.IsFinite(((PyFloat)self).Value) && Math.Floor(((PyFloat)self).Value) == ((PyFloat)self).Value));
    }

    private static PyObject TypeOf(CallArgs args) => args.Count == 1
        ? args[0].Type
        : args.Count == 3
            ? throw PyErrors.TypeError("ScopeFn cannot create classes with type(name, bases, dict)")
            : throw PyErrors.TypeError("type() takes 1 or 3 arguments");

    private static PyObject NewInt(CallArgs args)
    {
        args.OnlyKeywords("int", "base");
        var baseArg = args.Keyword("base") ?? (args.Count > 1 ? args[1] : null);
        if (args.Count > 2) throw PyErrors.TypeError($"int() takes at most 2 arguments ({args.Count} given)");
        if (args.Count == 0) return PyInt.Of(0);
        var x = args[0];
        if (baseArg is not null)
        {
            var radix = baseArg is PyInt b
                ? (int)System.Numerics.BigInteger.Clamp(b.Value, -1, 37)
                : throw PyErrors.TypeError($"'{baseArg.Type.Name}' object cannot be interpreted as an integer");
            if (radix is not 0 and (< 2 or > 36)) throw PyErrors.ValueError("int() base must be >= 2 and <= 36, or 0");
            if (x is not PyStr) throw PyErrors.TypeError("int() can't convert non-string with explicit base");
            return ParseInt(((PyStr)x).Value, radix);
        }
        return x switch
        {
            PyBool b => PyInt.Of(b.IsTrueValue ? 1 : 0),
            PyInt i => i,
            PyFloat f when double.IsNaN(f.Value) => throw PyErrors.ValueError("cannot convert float NaN to integer"),
            PyFloat f when double.IsInfinity(f.Value) => throw PyErrors.OverflowError("cannot convert float infinity to integer"),
            PyFloat f => PyInt.Of(new BigInteger(Math.Truncate(f.Value))),
            PyStr s => ParseInt(s.Value, 10),
            _ when x.ToInt() is { } converted => converted,
            _ => throw PyErrors.TypeError($"int() argument must be a string, a bytes-like object or a real number, not '{x.Type.Name}'"),
        };
    }

    private static PyInt ParseInt(string text, int radix) => IntMath.Parse(text, radix) is { } value
        ? PyInt.Of(value)
        : throw PyErrors.ValueError($"invalid literal for int() with base {radix}: {PyStrRepr(text)}");

    private static string PyStrRepr(string text) => new PyStr(text).Repr();

    private static PyObject NewFloat(CallArgs args)
    {
        args.OnlyKeywords("float").Expect("float", 0, 1);
        if (args.Count == 0) return new PyFloat(0);
        return args[0] switch
        {
            PyFloat f => f,
            PyInt i => new PyFloat(IntMath.ToDouble(i.Value)),
            PyStr s => new PyFloat(ParseFloat(s.Value) ?? throw PyErrors.ValueError($"could not convert string to float: {PyStrRepr(s.Value)}")),
            var x when x.ToFloat() is { } converted => converted,
            var x => throw PyErrors.TypeError($"float() argument must be a string or a real number, not '{x.Type.Name}'"),
        };
    }

    public static double? ParseFloat(string text)
    {
        var s = text.Trim().ToLowerInvariant();
        var unsigned = s.TrimStart('+', '-');
        var negative = s.StartsWith('-');
        if (s.Length - unsigned.Length > 1) return null;
        if (unsigned is "inf" or "infinity") return negative ? double.NegativeInfinity : double.PositiveInfinity;
        if (unsigned == "nan") return double.NaN;
        if (unsigned.Length == 0 || unsigned.StartsWith('_') || unsigned.EndsWith('_') || unsigned.Contains("__")) return null;
        if (unsigned.Any(c => !(char.IsAsciiDigit(c) || c is '.' or 'e' or '+' or '-' or '_'))) return null;
        return double.TryParse(s.Replace("_", ""), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    private static PyObject NewDict(CallArgs args)
    {
        args.Expect("dict", 0, 1);
        var dict = new PyDict();
        if (args.Count == 1)
        {
            if (args[0] is PyDict source)
            {
                foreach (var pair in source.Entries) dict[pair.Key] = pair.Value;
            }
            else
            {
                var index = 0;
                foreach (var item in Ops.IterateChecked(args[0]))
                {
                    var pair = item.Iterate() is null
                        ? throw PyErrors.TypeError($"cannot convert dictionary update sequence element #{index} to a sequence")
                        : Ops.ToList(item);
                    if (pair.Count != 2)
                    {
                        throw PyErrors.ValueError($"dictionary update sequence element #{index} has length {pair.Count}; 2 is required");
                    }
                    dict[pair[0]] = pair[1];
                    index++;
                }
            }
        }
        foreach (var pair in args.Keywords) dict[new PyStr(pair.Key)] = pair.Value;
        return dict;
    }

    private static PyObject NewRange(CallArgs args)
    {
        args.OnlyKeywords("range").Expect("range", 1, 3);
        BigInteger Arg(int i) => args[i] is PyInt n
            ? n.Value
            : throw PyErrors.TypeError($"'{args[i].Type.Name}' object cannot be interpreted as an integer");
        return args.Count switch
        {
            1 => new PyRange(0, Arg(0), 1),
            2 => new PyRange(Arg(0), Arg(1), 1),
            _ => new PyRange(Arg(0), Arg(1), Arg(2)),
        };
    }

    private static PyObject NewSlice(CallArgs args)
    {
        args.OnlyKeywords("slice").Expect("slice", 1, 3);
        return args.Count switch
        {
            1 => new PySlice(PyNone.Instance, args[0], PyNone.Instance),
            2 => new PySlice(args[0], args[1], PyNone.Instance),
            _ => new PySlice(args[0], args[1], args[2]),
        };
    }
}

/// <summary>What <c>object()</c> returns: a bare identity, used as a sentinel.</summary>
public sealed class PyPlainObject : PyObject
{
    public override PyType Type => BuiltinTypes.Object;
}
