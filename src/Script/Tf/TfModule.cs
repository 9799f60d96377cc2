using ScopeFn.Core.Contexts;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Ops;
using ScopeFn.Core.Ops.Initializers;
using ScopeFn.Core.Scopes;
using ScopeFn.Core.Types;
using ScopeFn.Core.Variables;
using ScopeFn.Script.Runtime;

namespace ScopeFn.Script.Tf;

/// <summary>
/// The <c>tensorflow</c> module scripts import, over the core: graph construction, name and
/// variable scopes, variables, control dependencies and init_scope, with TF's names and aliases
/// (<c>tf.X</c>, <c>tf.compat.v1.X</c>). A fresh process state per run.
/// </summary>
public static partial class TfModule
{
    public static readonly PyType ReuseModeType = new("_ReuseMode", BuiltinTypes.Object, "tensorflow.python.ops.variable_scope");
    internal static readonly PyObject AutoReuse = new ReuseMode();

    private sealed class ReuseMode : PyObject
    {
        public override PyType Type => ReuseModeType;
        public override string Repr() => "<_ReuseMode.AUTO_REUSE: 1>";
    }

    /// <summary>A registry in which <c>import tensorflow</c> (and <c>tensorflow.compat.v1</c>) resolve to a new process per run.</summary>
    public static ModuleRegistry Registry()
    {
        // Each run imports through its own fork of the registry, so each gets a fresh process.
        // Scripts see TF's public names only: the golden lists filter every registration (Api/ApiModule).
        return new ModuleRegistry().Register("tensorflow", () => Api.ApiModule.Expose(Create(new TfProcess())));
    }

    /// <summary>As <see cref="Registry()"/>, recording the run's TensorFlow events in <paramref name="trace"/>.</summary>
    public static ModuleRegistry Registry(ScopeFn.Script.Trace.TraceLog trace) =>
        new ModuleRegistry().Register("tensorflow", () => Api.ApiModule.Expose(Create(new TfProcess(new TfTracer(trace)))));

    /// <summary>
    /// As <see cref="Registry()"/>, and hands <paramref name="onImport"/> a reader of the new process's
    /// world when a run first imports <c>tensorflow</c>, so a host can export what the script built.
    /// </summary>
    public static ModuleRegistry Registry(Action<Func<ScopeFn.Core.Worlds.World>> onImport) =>
        new ModuleRegistry().Register("tensorflow", () =>
        {
            var process = new TfProcess();
            onImport(() => process.World);
            return Api.ApiModule.Expose(Create(process));
        });

    /// <summary>The unfiltered module tree over <paramref name="p"/>; its functions act on whatever run <paramref name="p"/> holds.</summary>
    internal static PyModule Create(TfProcess p)
    {
        var errors = new PyModule("tensorflow.errors").Set("OpError", PyExceptionTypes.OpError);
        foreach (var cls in PyExceptionTypes.OpErrorClasses) errors.Set(cls.Name, cls);
        var nn = new PyModule("tensorflow.nn")
            .Set("relu", Op1("relu", (x, n) => NnOps.Relu(x, n)))
            .Set("softmax", Op1("softmax", (x, n) => NnOps.Softmax(x, n)));
        var v1 = Common(p, new PyModule("tensorflow.compat.v1"), errors, nn)
            .Set("name_scope", Fn("name_scope", a => NameScopeV1(p, a)))
            .Set("disable_eager_execution", Fn("disable_eager_execution", _ => { p.Run(EagerMode.Disable); return PyNone.Instance; }))
            .Set("disable_v2_behavior", Fn("disable_v2_behavior", _ =>
            {
                p.Run(EagerMode.Disable);
                p.Run(TfVariable.DisableResourceVariables);
                p.Run(ControlFlowToggles.Disable);
                return PyNone.Instance;
            }))
            .Set("Session", Fn("Session", _ => new SessionObject(p)))
            .Set("enable_eager_execution", Fn("enable_eager_execution", _ => { p.Run(EagerMode.Enable); return PyNone.Instance; }))
            .Set("executing_eagerly_outside_functions", Fn("executing_eagerly_outside_functions", _ => PyBool.Of(p.Run(EagerMode.ExecutingEagerlyOutsideFunctions))))
            .AddV1Functions(p)
            .AddControlFlowToggles(p)
            .AddWhileLoop(p, v2Api: false)
            .AddTemplates(p);
        var compat = new PyModule("tensorflow.compat").Set("v1", v1);
        v1.Set("compat", compat);   // tf.compat.v1.compat.v1 is TF's too
        var top = Common(p, new PyModule("tensorflow"), errors, nn)
            .Set("compat", compat)
            .AddCond(p)
            .AddWhileLoop(p, v2Api: true)
            .Set("name_scope", Fn("name_scope", a => new ScopeObject<string>(p,
                NameScope.EnterV2(a.Count > 0 && a[0] is PyStr s ? s.Value : null), x => new PyStr(x),
                new ScopeTag("name_scope_v2", a.Count > 0 && a[0] is PyStr r ? r.Value : null))));
        ExtendApi(p, top, v1, nn);
        AddDevices(p, top, v1);
        return top;

        PyBuiltinFunction Op1(string name, Func<object, string?, Tf<Tensor>> build) => Fn(name, a =>
            p.Tensor(p.Build(build(Convert.ToInput(a[0]), Convert.OptionalString(a.Keyword("name"))), name)));
    }

    /// <summary>
    /// <c>tf.__version__</c> / <c>tf.version.VERSION</c>: the release ScopeFn models
    /// (tf-semantics.md targets TensorFlow 2.16; 2.16.1 was its first release on PyPI).
    /// </summary>
    public const string Version = "2.16.1";

    /// <summary>What <c>tf</c> and <c>tf.compat.v1</c> share.</summary>
    private static PyModule Common(TfProcess p, PyModule m, PyModule errors, PyModule nn)
    {
        foreach (var d in DType.All) m.Set(d.Name, DTypeObject.Of(d));
        m.Set("__version__", new PyStr(Version))
            .Set("version", new PyModule("tensorflow.version").Set("VERSION", new PyStr(Version)));
        GradientsFunctions.Install(p, m);
        FunctionModule.Register(p, m);
        m.Set("errors", errors).Set("nn", nn).Set("AUTO_REUSE", AutoReuse)
            .Set("GraphKeys", GraphKeysModule())
            .Set("Graph", Fn("Graph", _ => p.Graph(p.Run(DefaultGraph.NewGraph))))
            .Set("get_default_graph", Fn("get_default_graph", _ => p.Graph(p.Run(DefaultGraph.Current))))
            .Set("reset_default_graph", Fn("reset_default_graph", _ => { p.Run(DefaultGraph.Reset); return PyNone.Instance; }))
            .Set("executing_eagerly", Fn("executing_eagerly", _ => PyBool.Of(p.ExecutingEagerly)))
            .Set("get_current_name_scope", Fn("get_current_name_scope", _ => new PyStr(p.Run(EagerNameScope.CurrentInAnyMode))))
            .Set("control_dependencies", Fn("control_dependencies", a => new ScopeObject<LanguageExt.Unit>(p,
                ControlDependenciesEnter(a[0]), _ => PyNone.Instance, new ScopeTag("control_dependencies"))))
            .Set("init_scope", Fn("init_scope", _ => new ScopeObject<ScopeFn.Core.Worlds.GraphId?>(p, InitScope.Enter, _ => PyNone.Instance, new ScopeTag("init_scope"))))
            .Set("variable_scope", Fn("variable_scope", a => VariableScope(p, a)))
            .Set("get_variable_scope", Fn("get_variable_scope", _ => new VariableScopeObject(p, p.Run(VariableScopes.Current))))
            .Set("get_variable", Fn("get_variable", a => GetVariable(p, a)))
            .Set("constant", Fn("constant", a => p.Tensor(p.Build(Constant.Of(
                Convert.ToInput(a[0]), Dtype(a.Arg(1, "dtype")),
                a.Keyword("shape") is { } s and not PyNone ? Convert.Shape(s) : null,
                Convert.OptionalString(a.Keyword("name")) ?? "Const"), "tf.constant"))))
            .Set("placeholder", Fn("placeholder", a => p.Tensor(p.Build(ArrayOps.Placeholder(
                Dtype(a[0])!, Convert.OptionalShape(a.Arg(1, "shape")), Convert.OptionalString(a.Keyword("name"))), "tf.placeholder"))))
            .Set("identity", Op("identity", (x, _, n) => ArrayOps.Identity(x, n)))
            .Set("add", Op("add", (x, y, n) => MathOps.Add(x, y!, n)))
            .Set("subtract", Op("subtract", (x, y, n) => MathOps.Subtract(x, y!, n)))
            .Set("multiply", Op("multiply", (x, y, n) => MathOps.Multiply(x, y!, n)))
            .Set("divide", Op("divide", (x, y, n) => MathOps.Divide(x, y!, n)))
            .Set("matmul", Fn("matmul", a => p.Tensor(p.Build(MathOps.MatMul(Convert.ToInput(a[0]), Convert.ToInput(a[1]),
                a.Keyword("transpose_a") is { } ta && ta.IsTrue(), a.Keyword("transpose_b") is { } tb && tb.IsTrue(),
                Convert.OptionalString(a.Keyword("name"))), "tf.matmul"))))
            .Set("negative", Op("negative", (x, _, n) => MathOps.Negative(x, n)))
            .Set("sigmoid", Op("sigmoid", (x, _, n) => MathOps.Sigmoid(x, n)))
            .Set("tanh", Op("tanh", (x, _, n) => MathOps.Tanh(x, n)))
            .Set("reduce_sum", Fn("reduce_sum", a => Reduce(p, a, MathOps.ReduceSum)))
            .Set("reduce_mean", Fn("reduce_mean", a => Reduce(p, a, MathOps.ReduceMean)))
            .Set("zeros", Fn("zeros", a => p.Tensor(p.Build(ArrayOps.Zeros(Convert.Shape(a.Arg(0, "shape") ?? throw PyErrors.TypeError("missing required argument: 'shape'")), Dtype(a.Arg(1, "dtype")), Convert.OptionalString(a.Keyword("name"))), "tf.zeros"))))
            .Set("ones", Fn("ones", a => p.Tensor(p.Build(ArrayOps.Ones(Convert.Shape(a.Arg(0, "shape") ?? throw PyErrors.TypeError("missing required argument: 'shape'")), Dtype(a.Arg(1, "dtype")), Convert.OptionalString(a.Keyword("name"))), "tf.ones"))))
            .Set("reshape", Op("reshape", (x, y, n) => ArrayOps.Reshape(x, y!, n)))
            .Set("cast", Fn("cast", a => p.Tensor(p.Build(ArrayOps.Cast(Convert.ToInput(a[0]), Dtype(a.Arg(1, "dtype"))!,
                Convert.OptionalString(a.Keyword("name"))), "tf.cast"))))
            .Set("shape", Op("shape", (x, _, n) => ArrayOps.Shape(x, name: n)))
            .Set("fill", Op("fill", (x, y, n) => ArrayOps.Fill(x, y!, n)))
            .Set("stack", Fn("stack", a => p.Tensor(p.Build(ArrayOps.Stack(
                ((Convert.ToHost(a[0]) as List<object?>) ?? throw PyErrors.TypeError("stack expects a list")).Select(x => x!).ToList(),
                a.Count > 1 ? (long)((PyInt)a[1]).Value : a.Keyword("axis") is PyInt ax ? (long)ax.Value : 0,
                Convert.OptionalString(a.Keyword("name")) ?? "stack"), "tf.stack"))))
            .Set("concat", Fn("concat", a => p.Tensor(p.Build(ArrayOps.Concat(
                ((Convert.ToHost(a[0]) as List<object?>) ?? throw PyErrors.TypeError("concat expects a list")).Select(x => x!).ToList(),
                Convert.ToInput(a.Arg(1, "axis")!), Convert.OptionalString(a.Keyword("name")) ?? "concat"), "tf.concat"))))
            .Set("unique", Fn("unique", a =>
            {
                var (y, idx) = p.Build(ArrayOps.Unique(Convert.ToInput(a[0]), name: Convert.OptionalString(a.Keyword("name"))), "tf.unique");
                return new PyTuple([p.Tensor(y), p.Tensor(idx)]);
            }))
            .Set("no_op", Fn("no_op", a => p.OpResult(p.Build(ControlFlowOps.NoOp(Convert.OptionalString(a.Keyword("name"))), "tf.no_op"))))
            .Set("group", Fn("group", a => p.OpResult(p.Build(ControlFlowOps.Group(a.Positional.Select(Convert.ToInput).ToList(), Convert.OptionalString(a.Keyword("name"))), "tf.group"))))
            .Set("Variable", Fn("Variable", a => p.Variable(p.Build(TfVariable.V1(new VariableArgs(Convert.ToInput(a[0]))
            {
                Name = Convert.OptionalString(a.Keyword("name")),
                Trainable = a.Keyword("trainable") is { } t and not PyNone ? t.IsTrue() : null,
                DType = Dtype(a.Keyword("dtype")),
                UseResource = a.Keyword("use_resource") is { } useResource and not PyNone ? useResource.IsTrue() : null,
            }), "tf.Variable"))))
            .Set("global_variables_initializer", Fn("global_variables_initializer", _ =>
                p.OpResult(p.Build(VariableCollections.GlobalVariablesInitializer(), "tf.global_variables_initializer"))))
            .Set("global_variables", Fn("global_variables", a => new PyList(p.Run(VariableCollections.GlobalVariables(Convert.OptionalString(a.Arg(0, "scope"))))
                .Map(v => (PyObject)p.Variable(v)))))
            .Set("trainable_variables", Fn("trainable_variables", a => new PyList(p.Run(VariableCollections.TrainableVariables(Convert.OptionalString(a.Arg(0, "scope"))))
                .Map(v => (PyObject)p.Variable(v)))))
            .Set("add_to_collection", Fn("add_to_collection", a => { p.Run(CollectionOps.Add(((PyStr)a[0]).Value, Convert.ToInput(a[1]))); return PyNone.Instance; }))
            .Set("get_collection", Fn("get_collection", a => new PyList(p.Run(CollectionOps.Get(((PyStr)a[0]).Value,
                Convert.OptionalString(a.Arg(1, "scope")))).Select(x => Convert.Wrap(p, x)))))
            .Set("random", RandomModule(p))
            .Set("random_uniform", Fn("random_uniform", a => RandomUniform(p, a)))
            .Set("set_random_seed", Fn("set_random_seed", a => { p.Run(RandomSeeds.SetRandomSeed(a[0] is PyNone ? null : (long)((PyInt)a[0]).Value)); return PyNone.Instance; }))
            .AddCommonFunctions(p);
        return m;

        PyBuiltinFunction Op(string name, Func<object, object?, string?, Tf<Tensor>> build) => Fn(name, a =>
            p.Tensor(p.Build(build(Convert.ToInput(a[0]), a.Count > 1 ? Convert.ToInput(a[1]) : null,
                Convert.OptionalString(a.Keyword("name"))), "tf." + name)));
    }

    private static PyBuiltinFunction Fn(string name, Func<CallArgs, PyObject> body) => new(name, body);

    /// <summary><c>tf.random</c>: uniform/normal/truncated_normal and <c>set_seed</c> (the graph seed in graph mode).</summary>
    private static PyModule RandomModule(TfProcess p) => new PyModule("tensorflow.random")
        .Set("uniform", Fn("uniform", a => RandomUniform(p, a)))
        .Set("normal", Fn("normal", a => Random(p, a, "mean", "stddev", RandomOps.RandomNormal)))
        .Set("truncated_normal", Fn("truncated_normal", a => Random(p, a, "mean", "stddev", RandomOps.TruncatedNormal)))
        .Set("set_seed", Fn("set_seed", a => { p.Run(RandomSeeds.SetRandomSeed(a[0] is PyNone ? null : (long)((PyInt)a[0]).Value)); return PyNone.Instance; }));

    private static PyObject RandomUniform(TfProcess p, CallArgs a) => Random(p, a, "minval", "maxval", RandomOps.RandomUniform);

    private static PyObject Random(TfProcess p, CallArgs a, string first, string second,
        Func<long[], object?, object?, DType?, long?, string?, Tf<Tensor>> build)
    {
        object? Arg(int i, string name) => (a.Count > i ? a[i] : a.Keyword(name)) is { } v and not PyNone ? Convert.ToHost(v) : null;
        var seed = (a.Arg(4, "seed")) is PyInt s ? (long?)(long)s.Value : null;
        return p.Tensor(p.Build(build(Convert.Shape(a[0]), Arg(1, first), Arg(2, second),
            Dtype(a.Arg(3, "dtype")), seed, Convert.OptionalString(a.Keyword("name"))), "tf.random"));
    }

    private static DType? Dtype(PyObject? value) => value switch
    {
        null or PyNone => null,
        DTypeObject d => d.DType,
        PyStr s => DType.FromName(s.Value) ?? throw PyErrors.TypeError($"Cannot convert value {Ops.Repr(s)} to a TensorFlow DType."),
        _ => throw PyErrors.TypeError($"Cannot convert value {Ops.Repr(value)} to a TensorFlow DType."),
    };

    private static PyObject Reduce(TfProcess p, CallArgs a, Func<object, object?, bool, string?, Tf<Tensor>> build)
    {
        var axis = a.Arg(1, "axis") ?? a.Keyword("reduction_indices");
        var keep = (a.Keyword("keepdims") ?? a.Keyword("keep_dims")) is { } k && k.IsTrue();
        return p.Tensor(p.Build(build(Convert.ToInput(a[0]), axis is null or PyNone ? null : Convert.ToInput(axis), keep,
            Convert.OptionalString(a.Keyword("name"))), "reduction"));
    }

    private static PyObject NameScopeV1(TfProcess p, CallArgs a)
    {
        var name = Convert.OptionalString(a.Arg(0, "name"));
        var defaultName = Convert.OptionalString(a.Arg(1, "default_name"));
        var values = (a.Arg(2, "values")) is { } v and not PyNone
            ? (v.Iterate() ?? throw PyErrors.TypeError("values must be iterable")).Drain().Select(x => Convert.ToHost(x)!).ToList()
            : null;
        return new ScopeObject<string>(p, NameScope.EnterV1(name, defaultName, values), s => new PyStr(s), new ScopeTag("name_scope_v1", name, defaultName));
    }

    private static Enter<LanguageExt.Unit> ControlDependenciesEnter(PyObject inputs) =>
        ControlDependencies.Enter(inputs is PyNone
            ? null
            : (inputs.Iterate() ?? throw PyErrors.TypeError("control_inputs must be a list")).Drain().Select(Convert.ToInput).ToList());

    private static PyObject VariableScope(TfProcess p, CallArgs a)
    {
        var first = a.Arg(0, "name_or_scope");
        object? nameOrScope = first switch
        {
            null or PyNone => null,
            PyStr s => s.Value,
            VariableScopeObject v => v.Scope,
            _ => first,
        };
        var reuseArg = a.Arg(3, "reuse");
        Reuse? reuse = reuseArg switch
        {
            null or PyNone => null,
            _ when ReferenceEquals(reuseArg, AutoReuse) => Reuse.AutoReuse,
            PyBool b => b.IsTrueValue ? Reuse.True : Reuse.False,
            _ => (Reuse)99,
        };
        var args = new VariableScopeArgs(nameOrScope)
        {
            DefaultName = Convert.OptionalString(a.Arg(1, "default_name")),
            Values = (a.Arg(2, "values")) is { } vs and not PyNone
                ? (vs.Iterate() ?? throw PyErrors.TypeError("values must be iterable")).Drain().Select(x => Convert.ToHost(x)!).ToList()
                : null,
            Reuse = reuse,
            DType = Dtype(a.Keyword("dtype")),
            Initializer = a.Keyword("initializer") is { } i and not PyNone ? Convert.ToHost(i) : null,
            UseResource = a.Keyword("use_resource") is { } u and not PyNone ? u.IsTrue() : null,
            Partitioner = a.Keyword("partitioner") is { } pt and not PyNone ? (Partitioner)Convert.ToInput(pt) : null,
            CustomGetter = TfCustomGetters.Of(p, a.Keyword("custom_getter")),
            AuxiliaryNameScope = a.Keyword("auxiliary_name_scope") is { } aux ? (aux is PyBool flag ? flag.IsTrueValue : (object)Ops.Str(aux)) : true,
        };
        return new ScopeObject<ScopeFn.Core.Variables.VariableScope>(p, VariableScopes.Enter(args), s => new VariableScopeObject(p, s),
            new ScopeTag("variable_scope", first is VariableScopeObject captured ? captured.Scope.Name : nameOrScope as string, args.DefaultName));
    }

    private static PyObject GetVariable(TfProcess p, CallArgs a)
    {
        var name = ((PyStr)(a.Arg(0, "name")!)).Value;
        var shape = Convert.OptionalShape(a.Arg(1, "shape"));
        var dtype = Dtype(a.Arg(2, "dtype"));
        var initializer = (a.Arg(3, "initializer")) is { } i and not PyNone ? Convert.ToHost(i) : null;
        var trainable = a.Keyword("trainable") is { } t and not PyNone ? t.IsTrue() : (bool?)null;
        var useResource = a.Keyword("use_resource") is { } u and not PyNone ? u.IsTrue() : (bool?)null;
        var partitioner = a.Keyword("partitioner") is { } pt and not PyNone ? (Partitioner)Convert.ToInput(pt) : null;
        var collections = a.Keyword("collections") is { } c and not PyNone
            ? LanguageExt.Seq.createRange((c.Iterate() ?? throw PyErrors.TypeError("collections must be a list")).Drain().Select(x => ((PyStr)x).Value))
            : (LanguageExt.Seq<string>?)null;
        var validateShape = a.Keyword("validate_shape") is not { } vs || vs.IsTrue();
        var v = p.Build(GetVariables.GetVariable(name, shape, dtype, initializer, trainable: trainable, collections: collections,
            partitioner: partitioner, validateShape: validateShape, useResource: useResource,
            customGetter: TfCustomGetters.Of(p, a.Keyword("custom_getter")), traceback: ScriptStacks.Current()), "tf.get_variable");
        return PartitionedVariableObject.Wrap(p, v);
    }

    private static PyModule GraphKeysModule()
    {
        var keys = new PyModule("tensorflow.GraphKeys");
        foreach (var field in typeof(GraphKeys).GetFields())
            keys.Set(ToUpperSnake(field.Name), new PyStr((string)field.GetValue(null)!));
        return keys;
    }

    private static string ToUpperSnake(string pascal) =>
        string.Concat(pascal.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : char.ToUpperInvariant(c).ToString()));
}
