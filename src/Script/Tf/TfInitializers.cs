using LanguageExt;
using ScopeFn.Core.Ops.Initializers;
using ScopeFn.Core.Types;
using ScopeFn.Core.Variables;
using ScopeFn.Script.Runtime;

namespace ScopeFn.Script.Tf;

/// <summary>A Python object that stands for a core value (an initializer, a partitioner) when passed to tf functions.</summary>
internal interface IHostValue
{
    object HostValue { get; }
}

internal static class TfInitializerTypes
{
    public static readonly PyType Initializer = new("Initializer", BuiltinTypes.Object, "tensorflow.python.ops.init_ops");
    public static readonly PyType Partitioner = new("function", BuiltinTypes.Object, "builtins");
    public static readonly PyType PartitionedVariable = new("PartitionedVariable", BuiltinTypes.Object, "tensorflow.python.ops.variables");
}

/// <summary>An init_ops initializer: passed as <c>initializer=</c>, or called as <c>init(shape, dtype)</c>.</summary>
internal sealed class InitializerObject(TfProcess process, Initializer initializer, string className) : PyObject, IHostValue
{
    public object HostValue => initializer;
    public override PyType Type => TfInitializerTypes.Initializer;

    public override PyObject Call(CallArgs args)
    {
        var shape = Convert.Shape(args.Count > 0 ? args[0] : args.Keyword("shape")!);
        var dtype = (args.Count > 1 ? args[1] : args.Keyword("dtype")) as DTypeObject;
        return process.Tensor(process.Build(initializer.Call(shape, dtype?.DType), className));
    }

    public override string Repr() => $"<tensorflow.python.ops.init_ops.{className} object at {PyIds.Hex(this)}>";
}

/// <summary>A partitioner function from partitioned_variables.py.</summary>
internal sealed class PartitionerObject(Partitioner partitioner, string name) : PyObject, IHostValue
{
    public object HostValue => partitioner;
    public override PyType Type => TfInitializerTypes.Partitioner;
    public override string Repr() => $"<function {name}.<locals>._partitioner at {PyIds.Hex(this)}>";
}

/// <summary>variables.py <c>PartitionedVariable</c>: <c>.name</c>, <c>.shape</c>, <c>len()</c> and iteration over the shards.</summary>
internal sealed class PartitionedVariableObject(TfProcess process, PartitionedVariable variable) : PyObject
{
    public override PyType Type => TfInitializerTypes.PartitionedVariable;
    public override long? Length => variable.Shards.Count;

    public override PyObject? GetAttribute(string name) => name switch
    {
        "name" => new PyStr(variable.Name),
        "shape" => new ShapeObject(variable.Shape),
        "dtype" => DTypeObject.Of(variable.DType),
        "get_shape" => new PyBuiltinFunction("get_shape", _ => new ShapeObject(variable.Shape)),
        _ => null,
    };

    public override IEnumerator<PyObject>? Iterate() =>
        variable.Shards.Select(v => (PyObject)process.Variable(v)).GetEnumerator();
}

/// <summary><c>tf.compat.v1</c>'s initializer classes (init_ops.py) and partitioners (partitioned_variables.py).</summary>
internal static class TfInitializers
{
    public static PyModule AddInitializers(this PyModule m, TfProcess p) => m
        .Set("zeros_initializer", Fn("zeros_initializer", a => Init(p, new ZerosInitializer(DT(a, 0, "dtype")), "Zeros")))
        .Set("ones_initializer", Fn("ones_initializer", a => Init(p, new OnesInitializer(DT(a, 0, "dtype")), "Ones")))
        .Set("constant_initializer", Fn("constant_initializer", a => Init(p,
            new ConstantInitializer(Host(Arg(a, 0, "value")) ?? 0L, DT(a, 1, "dtype")), "Constant")))
        .Set("random_normal_initializer", Fn("random_normal_initializer", a => Init(p, new RandomNormalInitializer(
            Host(Arg(a, 0, "mean")) ?? 0.0, Host(Arg(a, 1, "stddev")) ?? 1.0, Seed(Arg(a, 2, "seed")), DT(a, 3, "dtype")), "RandomNormal")))
        .Set("truncated_normal_initializer", Fn("truncated_normal_initializer", a => Init(p, new TruncatedNormalInitializer(
            Host(Arg(a, 0, "mean")) ?? 0.0, Host(Arg(a, 1, "stddev")) ?? 1.0, Seed(Arg(a, 2, "seed")), DT(a, 3, "dtype")), "TruncatedNormal")))
        .Set("random_uniform_initializer", Fn("random_uniform_initializer", a => Init(p, new RandomUniformInitializer(
            Host(Arg(a, 0, "minval")) ?? 0.0, Host(Arg(a, 1, "maxval")), Seed(Arg(a, 2, "seed")), DT(a, 3, "dtype")), "RandomUniform")))
        .Set("glorot_uniform_initializer", Fn("glorot_uniform_initializer", a => Init(p,
            VarianceScalingInitializer.GlorotUniform(Seed(Arg(a, 0, "seed"))) with { DType = DT(a, 1, "dtype") }, "GlorotUniform")))
        .Set("glorot_normal_initializer", Fn("glorot_normal_initializer", a => Init(p,
            VarianceScalingInitializer.GlorotNormal(Seed(Arg(a, 0, "seed"))) with { DType = DT(a, 1, "dtype") }, "GlorotNormal")))
        .Set("fixed_size_partitioner", Fn("fixed_size_partitioner", a => new PartitionerObject(
            Partitioners.FixedSize(Long(Arg(a, 0, "num_shards"))!.Value, (int)(Long(Arg(a, 1, "axis")) ?? 0)), "fixed_size_partitioner")))
        .Set("min_max_variable_partitioner", Fn("min_max_variable_partitioner", a => new PartitionerObject(
            Partitioners.MinMax(Long(Arg(a, 0, "max_partitions")) ?? 1, (int)(Long(Arg(a, 1, "axis")) ?? 0),
                Long(Arg(a, 2, "min_slice_size")) ?? 256 << 10, Long(Arg(a, 3, "bytes_per_string_element")) ?? 16), "min_max_variable_partitioner")))
        .Set("variable_axis_size_partitioner", Fn("variable_axis_size_partitioner", a => new PartitionerObject(
            Partitioners.VariableAxisSize(Long(Arg(a, 0, "max_shard_bytes"))!.Value, (int)(Long(Arg(a, 1, "axis")) ?? 0),
                Long(Arg(a, 2, "bytes_per_string_element")) ?? 16, Long(Arg(a, 3, "max_shards")))
                .Match(x => x, e => throw TfProcess.Fail(e)), "variable_axis_size_partitioner")))
        .Set("get_local_variable", Fn("get_local_variable", a => Wrap(p, p.Build(GetVariables.GetLocalVariable(
            ((PyStr)Arg(a, 0, "name")!).Value, Convert.OptionalShape(Arg(a, 1, "shape")), DTOrNull(Arg(a, 2, "dtype")),
            Host(Arg(a, 3, "initializer"))), "tf.get_local_variable"))));

    /// <summary>What get_variable hands back: a variable or a PartitionedVariable.</summary>
    public static PyObject Wrap(TfProcess p, IVariableLike v) => v switch
    {
        Variable variable => p.Variable(variable),
        PartitionedVariable pv => new PartitionedVariableObject(p, pv),
        _ => throw new InvalidOperationException(v.GetType().Name),
    };

    private static PyObject Init(TfProcess p, Initializer init, string className) => new InitializerObject(p, init, className);

    private static PyObject? Arg(CallArgs a, int index, string name) => a.Count > index ? a[index] : a.Keyword(name);

    private static object? Host(PyObject? v) => v is null or PyNone ? null : v is IHostValue h ? h.HostValue : Convert.ToHost(v);

    private static long? Seed(PyObject? v) => Long(v);

    private static long? Long(PyObject? v) => v is PyInt i ? (long)i.Value : null;

    private static DType DT(CallArgs a, int index, string name) => DTOrNull(Arg(a, index, name)) ?? DType.Float32;

    private static DType? DTOrNull(PyObject? v) => (v as DTypeObject)?.DType;

    private static PyBuiltinFunction Fn(string name, Func<CallArgs, PyObject> body) => new(name, body);
}
