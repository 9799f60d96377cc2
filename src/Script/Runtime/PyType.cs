namespace ScopeFn.Script.Runtime;

/// <summary>A method of a built-in or host type: receives the instance and the call's arguments.</summary>
public delegate PyObject PyMethod(PyObject self, CallArgs args);

/// <summary>
/// A Python class: built-in (<c>int</c>, <c>list</c>), an exception class, or a host class such as
/// <c>Tensor</c>. Single inheritance is enough for every class the oracle exposes. Calling the
/// type runs its constructor.
/// </summary>
public class PyType : PyObject
{
    private readonly Dictionary<string, PyMethod> methods = new(StringComparer.Ordinal);
    private readonly Func<CallArgs, PyObject>? constructor;

    public PyType(string name, PyType? baseType, string module = "builtins", Func<CallArgs, PyObject>? constructor = null)
    {
        Name = name;
        Base = baseType;
        Module = module;
        this.constructor = constructor;
    }

    public string Name { get; }

    public PyType? Base { get; }

    public string Module { get; }

    /// <summary>The name tracebacks and reprs use: bare for builtins, module-qualified otherwise.</summary>
    public string QualifiedName => Module == "builtins" ? Name : Module + "." + Name;

    public override PyType Type => BuiltinTypes.TypeType;

    public PyType Define(string name, PyMethod method)
    {
        methods[name] = method;
        return this;
    }

    /// <summary>A method taking no arguments, refusing any with CPython's message.</summary>
    public PyType DefineNoArgs(string name, Func<PyObject, PyObject> method) => Define(name, (self, args) =>
        args.Count + args.Keywords.Count == 0
            ? method(self)
            : throw PyErrors.TypeError($"{Name}.{name}() takes no arguments ({args.Count + args.Keywords.Count} given)"));

    public PyMethod? LookupMethod(string name)
    {
        for (var t = this; t is not null; t = t.Base)
        {
            if (t.methods.TryGetValue(name, out var method)) return method;
        }
        return null;
    }

    public bool IsSubclassOf(PyType other)
    {
        for (var t = this; t is not null; t = t.Base)
        {
            if (ReferenceEquals(t, other)) return true;
        }
        return false;
    }

    public override PyObject Call(CallArgs args) =>
        constructor is not null ? constructor(args) : throw PyErrors.TypeError($"cannot create '{QualifiedName}' instances");

    public override PyObject? GetAttribute(string name)
    {
        switch (name)
        {
            case "__name__":
            case "__qualname__":
                return new PyStr(Name);
            case "__module__":
                return new PyStr(Module);
        }
        // An unbound method: str.upper(s) and map(str.upper, xs).
        if (LookupMethod(name) is { } method)
        {
            return new PyBuiltinFunction(name, args =>
            {
                if (args.Count == 0)
                {
                    throw PyErrors.TypeError($"unbound method {Name}.{name}() needs an argument");
                }
                // CPython's method descriptors check their receiver: list.append(f, 1) is a TypeError.
                if (!args[0].Type.IsSubclassOf(this))
                {
                    throw PyErrors.TypeError($"descriptor '{name}' for '{Name}' objects doesn't apply to a '{args[0].Type.Name}' object");
                }
                return method(args[0], new CallArgs(args.Positional.Skip(1).ToArray(), args.Keywords));
            });
        }
        return null;
    }

    public override string MissingAttributeMessage(string name) => $"type object '{Name}' has no attribute '{name}'";

    public override string Repr() => $"<class '{QualifiedName}'>";

    public override IEnumerable<string> AttributeNames => methods.Keys;
}
