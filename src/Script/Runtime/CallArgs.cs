namespace ScopeFn.Script.Runtime;

/// <summary>The arguments of one call: positional values then keyword values in source order.</summary>
public sealed class CallArgs
{
    public static readonly CallArgs Empty = new([], []);

    public CallArgs(IReadOnlyList<PyObject> positional, IReadOnlyList<KeyValuePair<string, PyObject>> keywords)
    {
        Positional = positional;
        Keywords = keywords;
    }

    public IReadOnlyList<PyObject> Positional { get; }

    public IReadOnlyList<KeyValuePair<string, PyObject>> Keywords { get; }

    public int Count => Positional.Count;

    public PyObject this[int index] => Positional[index];

    public static CallArgs Of(params PyObject[] positional) => new(positional, []);

    public CallArgs Prepend(PyObject first) => new([first, .. Positional], Keywords);

    /// <summary>A parameter Python binds by position or by keyword: the <paramref name="index"/>-th positional argument, else the keyword <paramref name="name"/>.</summary>
    public PyObject? Arg(int index, string name) => index < Positional.Count ? Positional[index] : Keyword(name);

    public PyObject? Keyword(string name)
    {
        foreach (var pair in Keywords) if (pair.Key == name) return pair.Value;
        return null;
    }

    /// <summary>Rejects keywords other than <paramref name="allowed"/>, with CPython's message for builtins.</summary>
    public CallArgs OnlyKeywords(string function, params string[] allowed)
    {
        foreach (var pair in Keywords)
        {
            if (Array.IndexOf(allowed, pair.Key) < 0)
            {
                throw allowed.Length == 0
                    ? PyErrors.TypeError($"{function}() takes no keyword arguments")
                    : PyErrors.TypeError($"'{pair.Key}' is an invalid keyword argument for {function}()");
            }
        }
        return this;
    }

    /// <summary>Checks the positional count as CPython's builtins word it.</summary>
    public CallArgs Expect(string function, int min, int max)
    {
        var n = Positional.Count;
        if (n >= min && n <= max) return this;
        if (min == max)
        {
            throw min switch
            {
                0 => PyErrors.TypeError($"{function}() takes no arguments ({n} given)"),
                1 => PyErrors.TypeError($"{function}() takes exactly one argument ({n} given)"),
                _ => PyErrors.TypeError($"{function} expected {min} arguments, got {n}"),
            };
        }
        throw n < min
            ? PyErrors.TypeError($"{function} expected at least {min} argument{(min == 1 ? "" : "s")}, got {n}")
            : PyErrors.TypeError($"{function} expected at most {max} argument{(max == 1 ? "" : "s")}, got {n}");
    }
}
