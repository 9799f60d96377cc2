using LanguageExt;
using ScopeFn.Core.Errors;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Types;
using ScopeFn.Core.Variables;
using ScopeFn.Script.Runtime;

namespace ScopeFn.Script.Tf;

/// <summary>
/// Python custom getters (<c>def getter(getter, *args, **kwargs)</c>) for variable_scope and
/// get_variable. variable_scope.py's <c>_VariableStore.get_variable</c> calls the getter with keyword
/// arguments only — getter, name, shape, dtype, initializer, regularizer, reuse, trainable,
/// collections, caching_device, partitioner, validate_shape, use_resource, synchronization,
/// aggregation, and constraint (passed because such getters take <c>**kwargs</c>) — and the
/// <c>getter</c> it receives is <c>_true_getter(name, shape=None, dtype=float32, initializer=None,
/// regularizer=None, reuse=None, trainable=None, collections=None, caching_device=None,
/// partitioner=None, validate_shape=True, use_resource=None, constraint=None,
/// synchronization=AUTO, aggregation=NONE)</c>.
/// </summary>
internal static class TfCustomGetters
{
    private static readonly string[] TrueGetterParameters =
        ["name", "shape", "dtype", "initializer", "regularizer", "reuse", "trainable", "collections", "caching_device",
         "partitioner", "validate_shape", "use_resource", "constraint", "synchronization", "aggregation"];

    /// <summary>The core getter for a Python value passed as <c>custom_getter</c>; null for None.</summary>
    public static CustomGetter? Of(TfProcess p, PyObject? value)
    {
        if (value is null or PyNone) return null;
        if (!Builtins.IsCallable(value))
            // _VariableStore.get_variable checks before anything else, so the error comes at get_variable time.
            return (_, _) => ScopeFn.Core.Monad.Tf.Fail<IVariableLike>(new ValueError($"Passed a custom_getter which is not callable: {Ops.Str(value)}"));
        return (getter, args) => p.Callback(() =>
        {
            var kwargs = new List<KeyValuePair<string, PyObject>>
            {
                new("getter", new PyBuiltinFunction("_true_getter", a => PartitionedVariableObject.Wrap(p, p.Run(getter(Bind(a)))))),
                new("name", new PyStr(args.Name)),
                new("shape", args.Shape is { Dims: { } dims } ? new PyList(dims.Select(d => d is { } n ? (PyObject)PyInt.Of(n) : PyNone.Instance)) : args.Shape is null ? PyNone.Instance : new ShapeObject(args.Shape)),
                new("dtype", DTypeObject.Of(args.DType)),
                new("initializer", Host(p, args.Initializer)),
                new("regularizer", Host(p, args.Regularizer)),
                new("reuse", args.Reuse switch { null => PyNone.Instance, Reuse.True => PyBool.True, Reuse.AutoReuse => TfModule.AutoReuse, _ => PyBool.False }),
                new("trainable", args.Trainable is { } t ? PyBool.Of(t) : PyNone.Instance),
                new("collections", args.Collections is { } c ? new PyList(c.Select(k => (PyObject)new PyStr(k))) : PyNone.Instance),
                new("caching_device", args.CachingDevice is { } d ? new PyStr(d) : PyNone.Instance),
                new("partitioner", Host(p, args.Partitioner)),
                new("validate_shape", PyBool.Of(args.ValidateShape)),
                new("use_resource", args.UseResource is { } u ? PyBool.Of(u) : PyNone.Instance),
                new("synchronization", new EnumMember("VariableSynchronization", args.Synchronization.ToString(), (int)args.Synchronization, args.Synchronization)),
                new("aggregation", new EnumMember("VariableAggregation", args.Aggregation.ToString(), (int)args.Aggregation, args.Aggregation)),
                new("constraint", Host(p, args.Constraint)),
            };
            var result = value.Call(new CallArgs([], kwargs));
            return result switch
            {
                VariableObject v => (IVariableLike)v.Variable,
                IHostValue { HostValue: IVariableLike like } => like,
                _ => throw PyErrors.New(PyExceptionTypes.NotImplementedError,
                    $"ScopeFn's get_variable can hand back only a variable from a custom getter, not {Ops.Repr(result)}"),
            };

            GetterArgs Bind(CallArgs a)
            {
                var values = new Dictionary<string, PyObject>();
                for (var n = 0; n < a.Count; n++)
                {
                    if (n >= TrueGetterParameters.Length) throw PyErrors.TypeError($"_true_getter() takes from 1 to {TrueGetterParameters.Length} positional arguments but {a.Count} were given");
                    values[TrueGetterParameters[n]] = a[n];
                }
                foreach (var (k, v) in a.Keywords)
                {
                    if (!TrueGetterParameters.Contains(k)) throw PyErrors.TypeError($"_true_getter() got an unexpected keyword argument '{k}'");
                    if (!values.TryAdd(k, v)) throw PyErrors.TypeError($"_true_getter() got multiple values for argument '{k}'");
                }
                PyObject? V(string k) => values.TryGetValue(k, out var v) && v is not PyNone ? v : null;
                if (V("name") is not PyStr name) throw PyErrors.TypeError("_true_getter() missing 1 required positional argument: 'name'");
                return args with
                {
                    Name = name.Value,
                    Shape = Convert.OptionalShape(V("shape")),
                    DType = V("dtype") switch { DTypeObject d => d.DType, IHostValue { HostValue: DType h } => h, _ => DType.Float32 },
                    Initializer = V("initializer") is { } init ? Convert.ToHost(init) : null,
                    Regularizer = V("regularizer") is IHostValue { HostValue: Regularizer reg } ? reg : null,
                    Reuse = V("reuse") switch
                    {
                        null => null,
                        var ru when ReferenceEquals(ru, TfModule.AutoReuse) => Reuse.AutoReuse,
                        var ru => ru.IsTrue() ? Reuse.True : Reuse.False,
                    },
                    Trainable = V("trainable")?.IsTrue(),
                    Collections = V("collections") is { } cs
                        ? Seq.createRange((cs.Iterate() ?? throw PyErrors.TypeError("collections must be a list")).Drain().Select(x => ((PyStr)x).Value))
                        : null,
                    CachingDevice = Convert.OptionalString(V("caching_device")),
                    Partitioner = V("partitioner") is IHostValue { HostValue: Partitioner pt } ? pt : null,
                    ValidateShape = V("validate_shape")?.IsTrue() ?? true,
                    UseResource = V("use_resource")?.IsTrue(),
                    Constraint = V("constraint") is IHostValue { HostValue: Constraint ct } ? ct : null,
                    Synchronization = V("synchronization") is IHostValue { HostValue: VariableSynchronization sy } ? sy : VariableSynchronization.Auto,
                    Aggregation = V("aggregation") is IHostValue { HostValue: VariableAggregation ag } ? ag : VariableAggregation.None,
                };
            }
        });
    }

    /// <summary>A core value handed to Python and back: tensors and plain values as themselves, anything else opaque.</summary>
    private static PyObject Host(TfProcess p, object? value) => value switch
    {
        null => PyNone.Instance,
        ScopeFn.Core.Graphs.Tensor or string or bool or long or int => Convert.Wrap(p, value),
        double d => new PyFloat(d),
        _ => new OpaqueHostValue(value),
    };

    private sealed class OpaqueHostValue(object value) : PyObject, IHostValue
    {
        private static readonly PyType ObjectType = new("object", BuiltinTypes.Object, "builtins");
        public object HostValue => value;
        public override PyType Type => ObjectType;
        public override string Repr() => $"<{value.GetType().Name} object at {PyIds.Hex(this)}>";
    }

    /// <summary>A member of the variables.py enums, shown as Python's Enum shows it.</summary>
    private sealed class EnumMember(string cls, string member, int number, object host) : PyObject, IHostValue
    {
        private static readonly PyType EnumType = new("Enum", BuiltinTypes.Object, "enum");
        public object HostValue => host;
        public override PyType Type => EnumType;
        public override string Repr() => $"<{cls}.{UpperSnake(member)}: {number}>";
        public override string Str() => $"{cls}.{UpperSnake(member)}";

        private static string UpperSnake(string pascal) =>
            string.Concat(pascal.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : char.ToUpperInvariant(c).ToString()));
    }
}
