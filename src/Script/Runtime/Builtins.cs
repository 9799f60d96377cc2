using System.Diagnostics.CodeAnalysis;
using System.Numerics;

namespace ScopeFn.Script.Runtime;

/// <summary>
/// The builtins namespace. Deliberately absent: open, exec, eval, compile, __import__, input,
/// globals, locals, vars — scripts are untrusted and get no way out of the evaluator.
/// </summary>
public static class Builtins
{
    public static Dictionary<string, PyObject> Create(TextWriter stdout)
    {
        var names = new Dictionary<string, PyObject>(StringComparer.Ordinal);
        void Def(string name, Func<CallArgs, PyObject> body) => names[name] = new PyBuiltinFunction(name, body);

        foreach (var type in new[]
                 {
                     BuiltinTypes.Object, BuiltinTypes.TypeType, BuiltinTypes.Int, BuiltinTypes.Bool, BuiltinTypes.Float,
                     BuiltinTypes.Str, BuiltinTypes.List, BuiltinTypes.Tuple, BuiltinTypes.Dict, BuiltinTypes.Set,
                     BuiltinTypes.Range, BuiltinTypes.Slice,
                 })
        {
            names[type.Name] = type;
        }
        foreach (var type in PyExceptionTypes.Builtins) names[type.Name] = type;

        Def("print", args => Print(stdout, args));
        Def("len", args => PyInt.Of(Ops.Len(args.OnlyKeywords("len").Expect("len", 1, 1)[0])));
        Def("repr", args => new PyStr(Ops.Repr(args.OnlyKeywords("repr").Expect("repr", 1, 1)[0])));
        Def("isinstance", args =>
        {
            args.OnlyKeywords("isinstance").Expect("isinstance", 2, 2);
            return PyBool.Of(Ops.IsInstance(args[0], args[1]));
        });
        Def("issubclass", args =>
        {
            args.OnlyKeywords("issubclass").Expect("issubclass", 2, 2);
            if (args[0] is not PyType cls) throw PyErrors.TypeError("issubclass() arg 1 must be a class");
            var infos = args[1] is PyTuple t ? t.Items.ToArray() : [args[1]];
            return PyBool.Of(infos.Any(info => info is PyType type
                ? cls.IsSubclassOf(type)
                : throw PyErrors.TypeError("issubclass() arg 2 must be a class, a tuple of classes, or a union")));
        });
        Def("hasattr", args =>
        {
            args.OnlyKeywords("hasattr").Expect("hasattr", 2, 2);
            return PyBool.Of(Ops.HasAttr(args[0], AttributeName(args[1], "hasattr")));
        });
        Def("getattr", args =>
        {
            args.OnlyKeywords("getattr").Expect("getattr", 2, 3);
            var name = AttributeName(args[1], "getattr");
            if (args.Count == 3 && !Ops.HasAttr(args[0], name)) return args[2];
            return Ops.GetAttr(args[0], name);
        });
        Def("callable", args => PyBool.Of(IsCallable(args.Expect("callable", 1, 1)[0])));
        Def("id", args => PyInt.Of(PyIds.Of(args.Expect("id", 1, 1)[0])));
        Def("hash", args => PyInt.Of(Ops.Hash(args.Expect("hash", 1, 1)[0])));
        Def("iter", args =>
        {
            args.OnlyKeywords("iter").Expect("iter", 1, 2);
            if (args.Count == 2) throw PyErrors.TypeError("ScopeFn's iter() takes no sentinel argument");
            return new PyIterator(Ops.IterateChecked(args[0]), BuiltinTypes.Iterator);
        });
        Def("next", args =>
        {
            args.Expect("next", 1, 2);
            if (args[0] is not PyIterator iterator) throw PyErrors.TypeError($"'{args[0].Type.Name}' object is not an iterator");
            return iterator.Next() ?? (args.Count == 2 ? args[1] : throw PyErrors.StopIteration());
        });
        Def("enumerate", args =>
        {
            args.OnlyKeywords("enumerate", "iterable", "start");
            if (args.Count == 0 && args.Keyword("iterable") is null) throw PyErrors.TypeError("enumerate() missing required argument 'iterable'");
            if (args.Count > 2) throw PyErrors.TypeError($"enumerate() takes at most 2 arguments ({args.Count} given)");
            var startArg = args.Keyword("start") ?? (args.Count == 2 ? args[1] : PyInt.Of(0));
            var start = startArg as PyInt
                ?? throw PyErrors.TypeError($"'{startArg.Type.Name}' object cannot be interpreted as an integer");
            return new PyIterator(Ops.IterateChecked(args[0]).Select((item, i) => (PyObject)new PyTuple([PyInt.Of(start.Value + i), item])),
                BuiltinTypes.Enumerate);
        });
        Def("zip", args =>
        {
            args.OnlyKeywords("zip", "strict");
            var sources = args.Positional.Select((a, i) => a.Iterate() is null
                ? throw PyErrors.TypeError($"zip argument #{i + 1} must support iteration")
                : Ops.Iterate(a).GetEnumerator()).ToList();
            return new PyIterator(Zip(sources), BuiltinTypes.Zip);
        });
        Def("map", args =>
        {
            args.OnlyKeywords("map");
            if (args.Count < 2) throw PyErrors.TypeError("map() must have at least two arguments.");
            var function = args[0];
            var sources = args.Positional.Skip(1).Select(a => Ops.IterateChecked(a).GetEnumerator()).ToList();
            return new PyIterator(Zip(sources).Select(t => Ops.Call(function, ((PyTuple)t).Items.ToArray())), BuiltinTypes.Map);
        });
        Def("filter", args =>
        {
            args.OnlyKeywords("filter").Expect("filter", 2, 2);
            var predicate = args[0];
            return new PyIterator(Ops.IterateChecked(args[1]).Where(item =>
                Ops.IsTrue(predicate is PyNone ? item : Ops.Call(predicate, item))), BuiltinTypes.Filter);
        });
        Def("reversed", args =>
        {
            var source = ExactlyOne(args.OnlyKeywords("reversed"), "reversed")[0];
            if (source is PySet || source.Length is null)
            {
                throw PyErrors.TypeError($"'{source.Type.Name}' object is not reversible");
            }
            var items = Ops.ToList(source);
            items.Reverse();
            return new PyIterator(items, BuiltinTypes.Reversed);
        });
        Def("sorted", args =>
        {
            ExactlyOne(args, "sorted");
            var (key, reverse) = PySort.Options(args, "sort");
            return new PyList(PySort.Sort(Ops.ToList(args[0]), key, reverse));
        });
        Def("sum", args =>
        {
            args.OnlyKeywords("sum", "start");
            if (args.Count == 0) throw PyErrors.TypeError("sum() takes at least 1 positional argument (0 given)");
            if (args.Count > 2) throw PyErrors.TypeError($"sum() takes at most 2 arguments ({args.Count} given)");
            var total = args.Keyword("start") ?? (args.Count == 2 ? args[1] : PyInt.Of(0));
            var items = Ops.IterateChecked(args[0]);
            if (total is PyStr) throw PyErrors.TypeError("sum() can't sum strings [use ''.join(seq) instead]");
            foreach (var item in items) total = Ops.Binary(Syntax.BinaryOperator.Add, total, item);
            return total;
        });
        Def("min", args => Extreme(args, "min", Syntax.CompareOperator.Less));
        Def("max", args => Extreme(args, "max", Syntax.CompareOperator.Greater));
        Def("abs", args =>
        {
            var x = args.OnlyKeywords("abs").Expect("abs", 1, 1)[0];
            return x switch
            {
                PyInt i => PyInt.Of(BigInteger.Abs(i.Value)),
                PyFloat f => new PyFloat(Math.Abs(f.Value)),
                _ => x.GetAttribute("__abs__") is { } method
                    ? Ops.Call(method)
                    : throw PyErrors.TypeError($"bad operand type for abs(): '{x.Type.Name}'"),
            };
        });
        Def("round", Round);
        Def("any", args => PyBool.Of(Ops.IterateChecked(args.Expect("any", 1, 1)[0]).Any(Ops.IsTrue)));
        Def("all", args => PyBool.Of(Ops.IterateChecked(args.Expect("all", 1, 1)[0]).All(Ops.IsTrue)));
        Def("divmod", args =>
        {
            args.Expect("divmod", 2, 2);
            if ((args[0] is PyFloat || args[1] is PyFloat) && args[1] is PyFloat { Value: 0 } or PyInt { Value.IsZero: true }
                && args[0] is PyFloat or PyInt)
            {
                throw PyErrors.ZeroDivisionError("float divmod()");
            }
            return new PyTuple([
                Ops.Binary(Syntax.BinaryOperator.FloorDivide, args[0], args[1]),
                Ops.Binary(Syntax.BinaryOperator.Modulo, args[0], args[1]),
            ]);
        });
        Def("pow", args =>
        {
            args.Expect("pow", 2, 3);
            if (args.Count == 3)
            {
                if (args[0] is PyInt b && args[1] is PyInt e && args[2] is PyInt m)
                {
                    if (m.Value.IsZero) throw PyErrors.ValueError("pow() 3rd argument cannot be 0");
                    if (e.Value.Sign < 0) throw PyErrors.ValueError("ScopeFn's pow() needs a non-negative exponent with a modulus");
                    return PyInt.Of(IntMath.Mod(BigInteger.ModPow(b.Value, e.Value, m.Value), m.Value));
                }
                throw PyErrors.TypeError("pow() 3rd argument not allowed unless all arguments are integers");
            }
            return Ops.Binary(Syntax.BinaryOperator.Power, args[0], args[1]);
        });
        Def("format", args =>
        {
            args.Expect("format", 1, 2);
            var spec = args.Count == 2 ? (args[1] as PyStr)?.Value ?? throw PyErrors.TypeError("format() argument 2 must be str") : "";
            return new PyStr(args[0].Format(spec));
        });
        Def("chr", args =>
        {
            var code = PyInt.Of(Ops.AsIndex(args.Expect("chr", 1, 1)[0]));
            if (code.Value < 0 || code.Value > 0x10FFFF) throw PyErrors.ValueError("chr() arg not in range(0x110000)");
            return new PyStr(char.ConvertFromUtf32((int)code.Value));
        });
        Def("ord", args =>
        {
            var s = args.Expect("ord", 1, 1)[0] as PyStr ?? throw PyErrors.TypeError($"ord() expected string of length 1, but {args[0].Type.Name} found");
            var runes = s.Value.EnumerateRunes().ToList();
            return runes.Count == 1
                ? PyInt.Of(runes[0].Value)
                : throw PyErrors.TypeError($"ord() expected a character, but string of length {s.Value.Length} found");
        });
        Def("dir", args =>
        {
            args.Expect("dir", 1, 1);
            var attributes = args[0].AttributeNames.Concat(args[0].Type.AttributeNames).Distinct().Order(StringComparer.Ordinal);
            return new PyList(attributes.Select(n => (PyObject)new PyStr(n)));
        });
        return names;
    }

    /// <summary>The "expected 1 argument, got N" wording of reversed() and sorted().</summary>
    private static CallArgs ExactlyOne(CallArgs args, string function) => args.Count == 1
        ? args
        : throw PyErrors.TypeError($"{function} expected 1 argument, got {args.Count}");

    private static string AttributeName(PyObject name, string function)
    {
        if (name is not PyStr s) throw PyErrors.TypeError($"attribute name must be string, not '{name.Type.Name}'");
        // Dunder attributes would be a door into the host; only the protocol names scripts use pass.
        var allowed = s.Value is "__name__" or "__qualname__" or "__module__" or "__class__" or "__enter__" or "__exit__" or "__doc__";
        if (s.Value.StartsWith("__", StringComparison.Ordinal) && s.Value.EndsWith("__", StringComparison.Ordinal) && !allowed)
        {
            throw PyErrors.AttributeError($"ScopeFn's {function}() does not look up special attribute '{s.Value}'");
        }
        return s.Value;
    }

    /// <summary>
    /// Python's <c>callable(obj)</c>: its type defines <c>__call__</c>. Here that is a class that
    /// implements <see cref="PyObject.Call"/> (functions, types, builtins, tf.function objects,
    /// templates, initializers, …) or an object exposing <c>__call__</c>.
    /// </summary>
    internal static bool IsCallable(PyObject obj) => ImplementsCall(obj.GetType()) || obj.GetAttribute("__call__") is not null;

    /// <remarks>The parameter's annotation is satisfied by <c>GetType()</c> on a <see cref="PyObject"/>
    /// (annotated for its public methods), so trimmed and NativeAOT builds keep what GetMethod reads.</remarks>
    private static bool ImplementsCall([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicMethods)] Type type)
    {
        if (!CallImplemented.TryGetValue(type, out var implements))
        {
            implements = type.GetMethod(nameof(PyObject.Call))!.DeclaringType != typeof(PyObject);
            CallImplemented.TryAdd(type, implements);
        }
        return implements;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, bool> CallImplemented = new();

    private static PyObject Print(TextWriter stdout, CallArgs args)
    {
        args.OnlyKeywords("print", "sep", "end", "flush", "file");
        if (args.Keyword("file") is { } file && file is not PyNone)
        {
            throw PyErrors.TypeError("ScopeFn's print() writes to stdout only");
        }
        string Text(string keyword, string fallback) => args.Keyword(keyword) switch
        {
            null or PyNone => fallback,
            PyStr s => s.Value,
            var other => throw PyErrors.TypeError($"{keyword} must be None or a string, not {other.Type.Name}"),
        };
        var sep = Text("sep", " ");
        var end = Text("end", "\n");
        stdout.Write(string.Join(sep, args.Positional.Select(Ops.Str)) + end);
        return PyNone.Instance;
    }

    private static IEnumerable<PyObject> Zip(List<IEnumerator<PyObject>> sources)
    {
        if (sources.Count == 0) yield break;
        while (true)
        {
            var items = new PyObject[sources.Count];
            for (var i = 0; i < sources.Count; i++)
            {
                if (!sources[i].MoveNext()) yield break;
                items[i] = sources[i].Current;
            }
            yield return new PyTuple(items);
        }
    }

    private static PyObject Extreme(CallArgs args, string name, Syntax.CompareOperator better)
    {
        args.OnlyKeywords(name, "key", "default");
        if (args.Count == 0) throw PyErrors.TypeError($"{name} expected at least 1 argument, got 0");
        var key = args.Keyword("key");
        var items = args.Count == 1 ? Ops.ToList(args[0]) : args.Positional.ToList();
        if (items.Count == 0)
        {
            return args.Keyword("default") ?? throw PyErrors.ValueError($"{name}() arg is an empty sequence");
        }
        var best = items[0];
        var bestKey = key is null or PyNone ? best : Ops.Call(key, best);
        foreach (var item in items.Skip(1))
        {
            var itemKey = key is null or PyNone ? item : Ops.Call(key, item);
            if (Ops.IsTrue(Ops.Compare(better, itemKey, bestKey)))
            {
                best = item;
                bestKey = itemKey;
            }
        }
        return best;
    }

    private static PyObject Round(CallArgs args)
    {
        args.OnlyKeywords("round", "number", "ndigits");
        if (args.Count == 0) throw PyErrors.TypeError("round() missing required argument 'number' (pos 1)");
        if (args.Count > 2) throw PyErrors.TypeError($"round() takes at most 2 arguments ({args.Count} given)");
        var x = args[0];
        if (x is not (PyInt or PyFloat)) throw PyErrors.TypeError($"type {x.Type.Name} doesn't define __round__ method");
        var digits = args.Keyword("ndigits") ?? (args.Count == 2 ? args[1] : PyNone.Instance);
        if (digits is not (PyNone or PyInt)) throw PyErrors.TypeError($"'{digits.Type.Name}' object cannot be interpreted as an integer");
        switch (x)
        {
            case PyInt i when digits is PyNone:
                return PyInt.Of(i.Value);
            case PyInt i:
                var n = ((PyInt)digits).Value;
                if (n >= 0) return PyInt.Of(i.Value);
                var scale = BigInteger.Pow(10, (int)BigInteger.Min(-n, 5000));
                var q = IntMath.FloorDiv(i.Value, scale);
                var r = i.Value - q * scale;
                var twice = 2 * r;
                if (twice > scale || (twice == scale && !q.IsEven)) q += 1;
                return PyInt.Of(q * scale);
            case PyFloat f when digits is PyNone:
                if (double.IsNaN(f.Value)) throw PyErrors.ValueError("cannot convert float NaN to integer");
                if (double.IsInfinity(f.Value)) throw PyErrors.OverflowError("cannot convert float infinity to integer");
                return PyInt.Of(new BigInteger(Math.Round(f.Value, MidpointRounding.ToEven)));
            case PyFloat f:
                var places = (int)BigInteger.Clamp(((PyInt)digits).Value, -400, 400);
                if (!double.IsFinite(f.Value)) return f;
                return new PyFloat(FloatRound.Round(f.Value, places));
            default:
                throw PyErrors.TypeError($"type {x.Type.Name} doesn't define __round__ method");
        }
    }
}
