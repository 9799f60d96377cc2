using FsCheck;
using FsCheck.Fluent;
using ScopeFn.Properties.Script;

namespace ScopeFn.Properties.ScriptRuntime;

/// <summary>
/// Random but meaningful programs: variables of every built-in kind, then statements mixing them
/// with operators, builtins, methods, subscripts, loops and functions — each wrapped so Python
/// errors are printed and the program carries on.
/// </summary>
internal static class ProgramGenerators
{
    private const string Prelude = """
        a = 3
        b = -7
        c = 2.5
        s = 'ab'
        l = [1, 2, 'x']
        d = {'k': 1, 2: 'two'}
        t = (1, 2)
        n = None
        f = lambda v, w=1: v * w
        def g(*args, **kwargs):
            return len(args), sorted(kwargs)

        """;

    private static readonly string[] Names = ["a", "b", "c", "s", "l", "d", "t", "n", "f", "g", "0", "1", "-1", "'z'", "[]", "{}", "()", "True", "1.5", "(10 ** 3)"];

    private static readonly string[] BinaryOps = ["+", "-", "*", "/", "//", "%", "**", "<", "<=", "==", "!=", "is", "in", "and", "or", "&", "|", "^", "<<", ">>"];

    private static readonly string[] Unary = ["-", "not ", "~", "+"];

    private static readonly string[] Builtins =
        ["len", "str", "int", "float", "bool", "list", "tuple", "dict", "sorted", "repr", "abs", "min", "max", "sum", "any", "all",
         "reversed", "set", "type", "round", "hash", "iter", "enumerate", "range", "print"];

    private static readonly string[] Methods =
        ["append", "pop", "get", "keys", "items", "upper", "split", "join", "index", "count", "format", "replace", "sort", "copy", "extend", "bit_length"];

    private static Gen<string> Expr(int size)
    {
        var leaf = Gen.Elements(Names);
        if (size <= 1) return leaf;
        var sub = Gen.Constant(0).SelectMany(_ => Expr(size / 2));
        return GenX.Freq(
            (3, leaf),
            (4, GenX.Zip3(sub, Gen.Elements(BinaryOps), sub).Select(x => $"({x.Item1} {x.Item2} {x.Item3})")),
            (1, Gen.Zip(Gen.Elements(Unary), sub).Select(x => $"({x.Item1}{x.Item2})")),
            (3, Gen.Zip(Gen.Elements(Builtins), sub.ListOf().Select(xs => xs.Take(2))).Select(x => $"{x.Item1}({string.Join(", ", x.Item2)})")),
            (2, GenX.Zip3(sub, Gen.Elements(Methods), sub.ListOf().Select(xs => xs.Take(2))).Select(x => $"({x.Item1}).{x.Item2}({string.Join(", ", x.Item3)})")),
            (2, Gen.Zip(sub, sub).Select(x => $"{x.Item1}[{x.Item2}]")),
            (1, Gen.Zip(sub, sub).Select(x => $"{x.Item1}[{x.Item2}:]")),
            (1, sub.Select(x => $"[v for v in {x}]")),
            (1, leaf.Select(x => $"f\"{{({x})!r:>4}} {{({x})}}\"")),
            (1, Gen.Zip(sub, sub).Select(x => $"f({x.Item1}, w={x.Item2})")),
            (1, Gen.Zip(sub, sub).Select(x => $"g(*{x.Item1}, **{x.Item2})")),
            (1, GenX.Zip3(sub, sub, sub).Select(x => $"({x.Item1} if {x.Item2} else {x.Item3})")));
    }

    private static Gen<string> Statement(int size)
    {
        var e = Expr(size);
        var target = Gen.Elements("a", "b", "s", "l", "t", "x", "a, b", "l[0]", "d['k']", "x, *y");
        return GenX.Freq(
            (4, e.Select(x => $"print({x})")),
            (2, Gen.Zip(target, e).Select(x => $"{x.Item1} = {x.Item2}")),
            (1, GenX.Zip3(Gen.Elements("a", "s", "l"), Gen.Elements("+=", "*=", "-=", "//="), e).Select(x => $"{x.Item1} {x.Item2} {x.Item3}")),
            (1, e.Select(x => $"for i in {x}:\n        print(i)\n        if i: break")),
            (1, e.Select(x => $"while {x}:\n        break")),
            (1, Gen.Zip(e, e).Select(x => $"assert {x.Item1}, {x.Item2}")),
            (1, Gen.Elements("del l[0]", "del d['k']", "del x", "del a, s")),
            (1, e.Select(x => $"raise {x}")));
    }

    private static readonly string[] Hashable = ["f", "g", "s", "t", "a", "c", "n", "(s, f)", "(t, g, 'q')", "range(a)", "b'xy'", "type(f)", "print", "ValueError", "ValueError(s)"];

    /// <summary>Programs printing hash, id, repr and set order of hashable values, identity-hashed ones among them.</summary>
    public static Gen<string> HashSensitive =>
        GenX.Freq(
            (3, Gen.Elements(Hashable).Select(x => $"print(hash({x}))")),
            (1, Gen.Elements(Hashable).Select(x => $"print(id({x}) - id(f), repr({x})[:9])")),
            (2, Gen.Elements(Hashable).ListOf().Select(xs => $"print(set([{string.Join(", ", xs.Take(5))}]))")),
            (1, Gen.Elements(Hashable).ListOf().Select(xs => $"print({{k: 1 for k in [{string.Join(", ", xs.Take(5))}]}})")))
        .ListOf().Select(statements => Prelude + string.Join("\n", statements.Take(10)) + "\n");

    public static Gen<string> Program =>
        Gen.Sized(size => Statement(Math.Clamp(size / 5, 1, 8)).ListOf().Select(statements =>
            Prelude + string.Concat(statements.Take(12).Select(s =>
                $"try:\n    {s}\nexcept Exception as e:\n    print(type(e).__name__, e)\n"))));
}
