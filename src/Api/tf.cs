using ScopeFn.Core.Contexts;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Ops;
using ScopeFn.Core.Scopes;
using ScopeFn.Core.Types;
using ScopeFn.Core.Variables;
using ScopeFn.Core.Worlds;

#pragma warning disable CS8981 // `tf` is lower-case on purpose: C# code reads like the TensorFlow it mirrors.
#pragma warning disable IDE1006

namespace ScopeFn.Api;

/// <summary>
/// TensorFlow's Python API, shaped for C#: <c>using (tf.name_scope("a")) { … }</c>. Every call
/// is a transition of the pure core run on <see cref="Runtime"/>; errors are thrown as
/// <see cref="ScopeFn.Core.Errors.TfException"/> carrying TensorFlow's exception type and message.
/// </summary>
public static partial class tf
{
    private static TfRuntime runtime = new();

    /// <summary>The process-wide runtime the functions act on.</summary>
    public static TfRuntime Runtime => Volatile.Read(ref runtime);

    /// <summary>Starts over from an empty world (a fresh Python process), e.g. between tests.</summary>
    public static void ResetRuntime(World? initial = null) => Volatile.Write(ref runtime, new TfRuntime(initial));

    public static readonly DType float16 = DType.Float16, float32 = DType.Float32, float64 = DType.Float64;
    public static readonly DType int8 = DType.Int8, int16 = DType.Int16, int32 = DType.Int32, int64 = DType.Int64;
    public static readonly DType uint8 = DType.UInt8, @bool = DType.Bool, @string = DType.String;

    // Graphs and contexts.
    public static Graph Graph() => new(Runtime.Run(DefaultGraph.NewGraph));
    public static Graph get_default_graph() => new(Runtime.Run(DefaultGraph.Current));
    public static void reset_default_graph() => Runtime.Run(DefaultGraph.Reset);
    public static string get_current_name_scope() => Runtime.Run(EagerNameScope.CurrentInAnyMode);

    // Execution mode: the shell's world starts in graph mode (its calls build graphs) with the
    // interpreter installed, so enable_eager_execution() at startup switches to TF 2.x's eager mode.
    public static bool executing_eagerly() => Runtime.Run(EagerMode.ExecutingEagerly);
    public static void enable_eager_execution() => Runtime.Run(EagerMode.Enable);
    public static void disable_eager_execution() => Runtime.Run(EagerMode.Disable);

    /// <summary><c>tf.name_scope(name)</c> (v2, in graphs); <see cref="Scope{S}.Value"/> is the scope string.</summary>
    public static Scope<string> name_scope(string name) => Runtime.Enter(NameScope.EnterV2(name));

    /// <summary><c>tf.control_dependencies(inputs)</c>; null is Python's None (a fresh, empty stack).</summary>
    public static Scope<LanguageExt.Unit> control_dependencies(IEnumerable<object>? controlInputs) =>
        Runtime.Enter(ControlDependencies.Enter(controlInputs?.ToList()));

    /// <summary>
    /// <c>tf.compat.v1.variable_scope(name_or_scope, …)</c>; <see cref="Scope{S}.Value"/> is the
    /// <c>VariableScope</c> bound by <c>as</c>. <paramref name="reuse"/> null is Python's None.
    /// </summary>
    public static Scope<VariableScope> variable_scope(object? name_or_scope, string? default_name = null,
        IReadOnlyList<object>? values = null, object? initializer = null, Reuse? reuse = null, DType? dtype = null,
        bool? use_resource = null, bool auxiliary_name_scope = true) =>
        Runtime.Enter(VariableScopes.Enter(new VariableScopeArgs(name_or_scope)
        {
            DefaultName = default_name, Values = values, Initializer = initializer, Reuse = reuse, DType = dtype,
            UseResource = use_resource, AuxiliaryNameScope = auxiliary_name_scope,
        }));

    /// <summary><c>tf.compat.v1.AUTO_REUSE</c>.</summary>
    public static readonly Reuse AUTO_REUSE = Reuse.AutoReuse;

    /// <summary><c>tf.compat.v1.get_variable(name, shape, dtype, initializer, …)</c>.</summary>
    public static IVariableLike get_variable(string name, long?[]? shape = null, DType? dtype = null, object? initializer = null,
        bool? trainable = null, bool? use_resource = null) =>
        Runtime.Run(GetVariables.GetVariable(name, shape is null ? null : TensorShape.Of(shape), dtype, initializer,
            trainable: trainable, useResource: use_resource));

    public static VariableScope get_variable_scope() => Runtime.Run(VariableScopes.Current);

    /// <summary><c>tf.init_scope()</c> (graph contexts).</summary>
    public static Scope<GraphId?> init_scope() => Runtime.Enter(InitScope.Enter);

    // Ops.
    public static Tensor constant(object value, DType? dtype = null, long[]? shape = null, string? name = "Const") =>
        Runtime.Run(Constant.Of(value, dtype, shape, name));

    public static Tensor placeholder(DType dtype, long?[]? shape = null, string? name = null) =>
        Runtime.Run(ArrayOps.Placeholder(dtype, shape is null ? null : TensorShape.Of(shape), name));

    public static Tensor identity(object input, string? name = null) => Runtime.Run(ArrayOps.Identity(input, name));
    public static Tensor add(object x, object y, string? name = null) => Runtime.Run(MathOps.Add(x, y, name));
    public static Tensor subtract(object x, object y, string? name = null) => Runtime.Run(MathOps.Subtract(x, y, name));
    public static Tensor multiply(object x, object y, string? name = null) => Runtime.Run(MathOps.Multiply(x, y, name));
    public static Tensor divide(object x, object y, string? name = null) => Runtime.Run(MathOps.Divide(x, y, name));
    public static Tensor matmul(object a, object b, bool transpose_a = false, bool transpose_b = false, string? name = null) =>
        Runtime.Run(MathOps.MatMul(a, b, transpose_a, transpose_b, name));
    public static Tensor reduce_sum(object input, object? axis = null, bool keepdims = false, string? name = null) =>
        Runtime.Run(MathOps.ReduceSum(input, axis, keepdims, name));
    public static Tensor reduce_mean(object input, object? axis = null, bool keepdims = false, string? name = null) =>
        Runtime.Run(MathOps.ReduceMean(input, axis, keepdims, name));
    public static Tensor zeros(long[] shape, DType? dtype = null, string? name = null) => Runtime.Run(ArrayOps.Zeros(shape, dtype, name));
    public static Tensor ones(long[] shape, DType? dtype = null, string? name = null) => Runtime.Run(ArrayOps.Ones(shape, dtype, name));
    public static Tensor reshape(object tensor, object shape, string? name = null) => Runtime.Run(ArrayOps.Reshape(tensor, shape, name));
    public static Tensor cast(object x, DType dtype, string? name = null) => Runtime.Run(ArrayOps.Cast(x, dtype, name));
    public static Tensor sigmoid(object x, string? name = null) => Runtime.Run(MathOps.Sigmoid(x, name));
    public static Tensor tanh(object x, string? name = null) => Runtime.Run(MathOps.Tanh(x, name));
    public static Operation no_op(string? name = null) => Runtime.Run(ControlFlowOps.NoOp(name));
    public static Operation group(params object[] inputs) => Runtime.Run(ControlFlowOps.Group(inputs));

    public static class nn
    {
        public static Tensor relu(object features, string? name = null) => Runtime.Run(NnOps.Relu(features, name));
        public static Tensor softmax(object logits, string? name = null) => Runtime.Run(NnOps.Softmax(logits, name));
    }

    // Collections.
    public static void add_to_collection(string name, object value) => Runtime.Run(CollectionOps.Add(name, value));
    public static IReadOnlyList<object> get_collection(string key, string? scope = null) => Runtime.Run(CollectionOps.Get(key, scope)).ToList();

    /// <summary><c>tf.compat.v1</c>: the TF1-style entry points that differ from TF2's.</summary>
    public static partial class compat
    {
        public static partial class v1
        {
            /// <summary><c>tf.compat.v1.name_scope(name, default_name=None, values=None)</c>.</summary>
            public static Scope<string> name_scope(string? name, string? default_name = null, IReadOnlyList<object>? values = null) =>
                Runtime.Enter(NameScope.EnterV1(name, default_name, values));

            public static Tensor placeholder(DType dtype, long?[]? shape = null, string? name = null) => tf.placeholder(dtype, shape, name);
            public static void reset_default_graph() => tf.reset_default_graph();
            public static Graph get_default_graph() => tf.get_default_graph();
        }
    }
}
