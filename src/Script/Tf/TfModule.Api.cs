using LanguageExt;
using ScopeFn.Core.Ops;
using ScopeFn.Core.Ops.Initializers;
using ScopeFn.Core.Scopes;
using ScopeFn.Core.Types;
using ScopeFn.Core.Variables;
using ScopeFn.Script.Runtime;

namespace ScopeFn.Script.Tf;

/// <summary>
/// Registrations the Core already models and TfModule.cs did not expose. Each is registered where
/// TF has it; names registered on both <c>tf</c> and <c>tf.compat.v1</c> are filtered per module by
/// the golden lists (Api/ApiModule), so a v1-only name stays invisible at TF 2's top level.
/// </summary>
public static partial class TfModule
{
    private static void ExtendApi(TfProcess p, PyModule top, PyModule v1, PyModule nn)
    {
        foreach (var m in new[] { top, v1 }) { AddShared(p, m); AddPopular(p, m); }
        AddV1Only(p, v1);
        // TF 2's top-level initializers (init_ops_v2): the constructors take no dtype; the call does.
        top.Set("zeros_initializer", Fn("zeros_initializer", _ => Init(p, "Zeros", new ZerosInitializer())))
            .Set("ones_initializer", Fn("ones_initializer", _ => Init(p, "Ones", new OnesInitializer())))
            .Set("constant_initializer", Fn("constant_initializer", a =>
                Init(p, "Constant", new ConstantInitializer(a.Arg(0, "value") is { } v and not PyNone ? Convert.ToInput(v) : 0L))));
        nn.Set("sigmoid", Fn("sigmoid", a => Unary(p, a, "sigmoid", MathOps.Sigmoid)))
            .Set("tanh", Fn("tanh", a => Unary(p, a, "tanh", MathOps.Tanh)));
    }

    private static void AddShared(TfProcess p, PyModule m)
    {
        m.Set("add_to_collections", Fn("add_to_collections", a =>
            {
                var names = a.Arg(0, "names")!;
                var keys = names is PyStr single ? [single.Value] : Items(names).Select(k => ((PyStr)k).Value).ToList();
                p.Run(CollectionOps.AddToMany(keys, Convert.ToInput(a.Arg(1, "value")!)));
                return PyNone.Instance;
            }))
            .Set("get_local_variable", Fn("get_local_variable", a => GetLocalVariable(p, a)))
            .Set("no_regularizer", Fn("no_regularizer", _ => PyNone.Instance))
            .Set("fixed_size_partitioner", Fn("fixed_size_partitioner", a => new PartitionerObject(
                Partitioners.FixedSize(Long(a.Arg(0, "num_shards"))!.Value, (int)(Long(a.Arg(1, "axis")) ?? 0)))))
            .Set("variable_axis_size_partitioner", Fn("variable_axis_size_partitioner", a => Partitioners.VariableAxisSize(
                    Long(a.Arg(0, "max_shard_bytes"))!.Value, (int)(Long(a.Arg(1, "axis")) ?? 0),
                    Long(a.Arg(2, "bytes_per_string_element")) ?? 16, Long(a.Arg(3, "max_shards")))
                .Match(part => (PyObject)new PartitionerObject(part), error => throw TfProcess.Fail(error))))
            .Set("min_max_variable_partitioner", Fn("min_max_variable_partitioner", a => new PartitionerObject(Partitioners.MinMax(
                Long(a.Arg(0, "max_partitions")) ?? 1, (int)(Long(a.Arg(1, "axis")) ?? 0),
                Long(a.Arg(2, "min_slice_size")) ?? 256 << 10, Long(a.Arg(3, "bytes_per_string_element")) ?? 16))))
            .Set("realdiv", Fn("realdiv", a => Binary(p, a, "realdiv", MathOps.RealDiv)))
            .Set("truediv", Fn("truediv", a => Binary(p, a, "truediv", MathOps.TrueDiv)))
            .Set("range", Fn("range", a => Range(p, a)))
            .Set("math", MathModule(p));
    }

    /// <summary>The v1 initializers (init_ops.py): <c>tf.compat.v1.X_initializer</c> and <c>tf.compat.v1.initializers.X</c>.</summary>
    private static void AddV1Only(TfProcess p, PyModule v1)
    {
        var initializers = new PyModule("tensorflow.initializers");
        foreach (var (v1Name, moduleName, cls, make) in V1Initializers)
        {
            var ctor = Fn(v1Name, a => Init(p, cls, make(a)));
            v1.Set(v1Name, ctor);
            initializers.Set(moduleName, ctor);
        }
        initializers
            .Set("global_variables", Fn("global_variables", _ => p.OpResult(p.Build(VariableCollections.GlobalVariablesInitializer(), "tf.initializers.global_variables"))))
            .Set("local_variables", Fn("local_variables", _ => p.OpResult(p.Build(VariableCollections.LocalVariablesInitializer(), "tf.initializers.local_variables"))))
            .Set("variables", Fn("variables", a => p.OpResult(p.Build(VariableCollections.VariablesInitializer(
                Variables(a.Arg(0, "var_list")), Convert.OptionalString(a.Arg(1, "name")) ?? "init"), "tf.initializers.variables"))));
        v1.Set("initializers", initializers);
        ((PyModule)v1.GetAttribute("random")!).Set("set_random_seed", Fn("set_random_seed", a =>
        {
            p.Run(RandomSeeds.SetRandomSeed(a[0] is PyNone ? null : (long)((PyInt)a[0]).Value));
            return PyNone.Instance;
        }));
    }

    // init_ops.py constructor signatures: (v1 name, tf.compat.v1.initializers name, class, constructor).
    private static readonly (string, string, string, Func<CallArgs, Initializer>)[] V1Initializers =
    [
        ("zeros_initializer", "zeros", "Zeros", a => new ZerosInitializer(DTypeArg(a.Arg(0, "dtype")))),
        ("ones_initializer", "ones", "Ones", a => new OnesInitializer(DTypeArg(a.Arg(0, "dtype")))),
        ("constant_initializer", "constant", "Constant", a => new ConstantInitializer(
            a.Arg(0, "value") is { } v and not PyNone ? Convert.ToInput(v) : 0L, DTypeArg(a.Arg(1, "dtype")))),
        ("random_uniform_initializer", "random_uniform", "RandomUniform", a => new RandomUniformInitializer(
            Host(a.Arg(0, "minval")) ?? 0L, Host(a.Arg(1, "maxval")), Long(a.Arg(2, "seed")), DTypeArg(a.Arg(3, "dtype")))),
        ("random_normal_initializer", "random_normal", "RandomNormal", a => new RandomNormalInitializer(
            Host(a.Arg(0, "mean")) ?? 0.0, Host(a.Arg(1, "stddev")) ?? 1.0, Long(a.Arg(2, "seed")), DTypeArg(a.Arg(3, "dtype")))),
        ("truncated_normal_initializer", "truncated_normal", "TruncatedNormal", a => new TruncatedNormalInitializer(
            Host(a.Arg(0, "mean")) ?? 0.0, Host(a.Arg(1, "stddev")) ?? 1.0, Long(a.Arg(2, "seed")), DTypeArg(a.Arg(3, "dtype")))),
        ("variance_scaling_initializer", "variance_scaling", "VarianceScaling", a => VarianceScalingInitializer.Create(
                Host(a.Arg(0, "scale")) is { } s ? System.Convert.ToDouble(s) : 1.0,
                Convert.OptionalString(a.Arg(1, "mode")) ?? "fan_in", Convert.OptionalString(a.Arg(2, "distribution")) ?? "truncated_normal",
                Long(a.Arg(3, "seed")), DTypeArg(a.Arg(4, "dtype")))
            .Match(i => (Initializer)i, error => throw TfProcess.Fail(error))),
        ("glorot_uniform_initializer", "glorot_uniform", "GlorotUniform", a =>
            VarianceScalingInitializer.GlorotUniform(Long(a.Arg(0, "seed"))) with { DType = DTypeArg(a.Arg(1, "dtype")) }),
        ("glorot_normal_initializer", "glorot_normal", "GlorotNormal", a =>
            VarianceScalingInitializer.GlorotNormal(Long(a.Arg(0, "seed"))) with { DType = DTypeArg(a.Arg(1, "dtype")) }),
    ];

    /// <summary><c>tf.math</c>: the aliases of the elementwise ops and reductions ScopeFn models.</summary>
    private static PyModule MathModule(TfProcess p) => new PyModule("tensorflow.math")
        .Set("add", Fn("add", a => Binary(p, a, "add", MathOps.Add)))
        .Set("subtract", Fn("subtract", a => Binary(p, a, "subtract", MathOps.Subtract)))
        .Set("multiply", Fn("multiply", a => Binary(p, a, "multiply", MathOps.Multiply)))
        .Set("divide", Fn("divide", a => Binary(p, a, "divide", MathOps.Divide)))
        .Set("truediv", Fn("truediv", a => Binary(p, a, "truediv", MathOps.TrueDiv)))
        .Set("realdiv", Fn("realdiv", a => Binary(p, a, "realdiv", MathOps.RealDiv)))
        .Set("negative", Fn("negative", a => Unary(p, a, "negative", MathOps.Negative)))
        .Set("sigmoid", Fn("sigmoid", a => Unary(p, a, "sigmoid", MathOps.Sigmoid)))
        .Set("tanh", Fn("tanh", a => Unary(p, a, "tanh", MathOps.Tanh)))
        .Set("reduce_sum", Fn("reduce_sum", a => Reduce(p, a, MathOps.ReduceSum)))
        .Set("reduce_mean", Fn("reduce_mean", a => Reduce(p, a, MathOps.ReduceMean)));

    private static PyObject Init(TfProcess p, string cls, Initializer initializer) =>
        new InitializerObject(p, initializer, InitializerObject.ClassOf(cls));

    private static PyObject Unary(TfProcess p, CallArgs a, string name, Func<object, string?, Core.Monad.Tf<Core.Graphs.Tensor>> build) =>
        p.Tensor(p.Build(build(Convert.ToInput(a.Arg(0, "x")!), Convert.OptionalString(a.Arg(1, "name"))), "tf." + name));

    private static PyObject Binary(TfProcess p, CallArgs a, string name, Func<object, object, string?, Core.Monad.Tf<Core.Graphs.Tensor>> build) =>
        p.Tensor(p.Build(build(Convert.ToInput(a.Arg(0, "x")!), Convert.ToInput(a.Arg(1, "y")!),
            Convert.OptionalString(a.Arg(2, "name"))), "tf." + name));

    /// <summary><c>tf.range(limit)</c> or <c>tf.range(start, limit, delta=1)</c>, as math_ops.range reads its arguments.</summary>
    private static PyObject Range(TfProcess p, CallArgs a)
    {
        var first = a.Arg(0, "start")!;
        var limit = a.Arg(1, "limit");
        var (start, stop) = limit is null or PyNone ? ((PyObject)PyInt.Of(0), first) : (first, limit);
        var delta = a.Arg(2, "delta") ?? PyInt.Of(1);
        if (a.Arg(3, "dtype") is { } dt and not PyNone) throw PyErrors.New(PyExceptionTypes.NotImplementedError, "ScopeFn does not model tf.range's dtype argument yet");
        return p.Tensor(p.Build(ArrayOps.Range(Convert.ToInput(start), Convert.ToInput(stop), Convert.ToInput(delta),
            Convert.OptionalString(a.Arg(4, "name")) ?? "range"), "tf.range"));
    }

    private static PyObject GetLocalVariable(TfProcess p, CallArgs a)
    {
        var name = ((PyStr)a.Arg(0, "name")!).Value;
        var v = p.Build(GetVariables.GetLocalVariable(name, Convert.OptionalShape(a.Arg(1, "shape")), Dtype(a.Arg(2, "dtype")),
            Host(a.Arg(3, "initializer")), useResource: a.Arg(10, "use_resource") is { } u and not PyNone ? u.IsTrue() : null), "tf.get_local_variable");
        return PartitionedVariableObject.Wrap(p, v);
    }

    private static PyObject VariableList(TfProcess p, Core.Monad.Tf<Seq<Variable>> program) =>
        new PyList(p.Run(program).Map(v => (PyObject)p.Variable(v)));

    private static List<Variable> Variables(PyObject? list) =>
        Items(list ?? throw PyErrors.TypeError("missing required argument: 'var_list'"))
            .Select(x => x is VariableObject v ? v.Variable : throw PyErrors.TypeError($"Expected a variable, got {Ops.Repr(x)}")).ToList();

    private static IEnumerable<PyObject> Items(PyObject value)
    {
        var e = value.Iterate() ?? throw PyErrors.TypeError($"'{value.Type.Name}' object is not iterable");
        while (e.MoveNext()) yield return e.Current;
    }


    private static object? Host(PyObject? value) => value is null ? null : Convert.ToHost(value);

    private static long? Long(PyObject? value) => value switch
    {
        null or PyNone => null,
        PyInt i => (long)i.Value,
        _ => throw PyErrors.TypeError($"an integer is required, got {Ops.Repr(value)}"),
    };

    private static DType DTypeArg(PyObject? value) => Dtype(value) ?? DType.Float32;
}
