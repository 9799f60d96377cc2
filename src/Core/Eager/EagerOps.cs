using System.Collections.Immutable;
using LanguageExt;
using LanguageExt.ClassInstances;
using ScopeFn.Core.Collections;
using ScopeFn.Core.Contexts;
using ScopeFn.Core.Errors;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Monad;
using ScopeFn.Core.Ops;
using ScopeFn.Core.Scopes;
using ScopeFn.Core.Types;
using ScopeFn.Core.Worlds;

namespace ScopeFn.Core.Eager;

/// <summary>
/// Op creation while executing eagerly: instead of adding a node to a graph, the op runs at once
/// (TF's <c>TFE_Py_FastPathExecute</c> → <c>EagerExecute</c>). Its outputs become EagerTensors —
/// unnamed, in no graph — and active tapes record the op exactly as they record graph ops.
/// </summary>
public static class EagerOps
{
    /// <summary>
    /// The eager half of <see cref="OpApply.Apply"/>: an op fed a graph tensor is built in that
    /// graph (the fast path falls back to <c>_apply_op_helper</c>, which enters the graph); otherwise
    /// the inputs are converted to EagerTensors and the op executes. No name scope is entered:
    /// eager op names are not recorded.
    /// </summary>
    internal static Result<Operation> Apply(World w, ThreadId t, string type, string? name, IReadOnlyList<object> inputs,
        Map<OrdString, string, AttrValue>? attrs, IReadOnlyDictionary<string, DType>? defaultTypes)
    {
        var graphInput = inputs.SelectMany(Flatten).OfType<Tensor>().FirstOrDefault(x => !EagerContext.IsEager(x));
        if (graphInput is not null)
            return DefaultGraph.AsDefault(graphInput.Graph, OpApply.Apply(type, name, inputs, attrs, defaultTypes)).Run(w, t);
        if (DTypeMismatch(type, name, inputs) is { } mismatch) return Result.Fail<Operation>(w, mismatch);
        var converted = OpApply.ConvertInputs(w, t, type, inputs, defaultTypes);
        if (converted.Error is not null) return Result.Fail<Operation>(converted.World, converted.Error);
        var all = attrs is null ? converted.Value.Attrs : converted.Value.Attrs.AddOrUpdateRange(attrs.Value);
        return Execute(converted.World, t, type, converted.Value.Tensors, all, name);
    }

    /// <summary>Runs one op on EagerTensors through the world's executor.</summary>
    public static Result<Operation> Execute(World w, ThreadId t, string type, IReadOnlyList<Tensor> inputs, Map<OrdString, string, AttrValue> attrs, string? name)
    {
        var eager = w.Eager;
        if (eager.Executor is not { } executor)
            return Result.Fail<Operation>(w, new RuntimeError(
                $"Cannot execute {type} eagerly: this world has no eager executor (create it with EagerMode.Tf2Process or World.WithExecutor)."));
        if (type == "Placeholder") return Result.Fail<Operation>(w, new RuntimeError("tf.placeholder() is not compatible with eager execution."));
        var values = new EagerValue[inputs.Count];
        for (var i = 0; i < inputs.Count; i++)
            values[i] = eager.Value(inputs[i]) ?? throw new ArgumentException($"input {i} of {type} is not an EagerTensor of this world", nameof(inputs));

        var id = eager.LastId + 1;
        var run = executor.Execute(new EagerCall(id, type, attrs, values) { Library = type.EndsWith("PartitionedCall", StringComparison.Ordinal) ? w : null });
        eager = eager with { Executor = run.Next, LastId = id };
        if (run.Error is { } error) return Result.Fail<Operation>(w with { Eager = eager }, Status(error, type, name));

        var outputs = run.Outputs!;
        eager = eager with { LastUid = eager.LastUid + outputs.Count };
        var stored = eager.Values;
        for (var i = 0; i < outputs.Count; i++) stored = stored.SetItem(new EagerTensorKey(id, i), outputs[i]);
        var specs = outputs.Select(o => new TensorSpec(o.DType, o.Shape)).ToImmutableArray();
        var op = new Operation(EagerContext.Graph, id, name ?? "", type, inputs.ToImmutableArray(), EquatableArray<int>.Empty, specs, attrs, "");
        var next = w with { Eager = eager with { Values = stored } };
        var taped = Tapes.GradientTapes.Record(next, t, op);
        if (!ReferenceEquals(taped.Tapes, next.Tapes))
            taped = taped with { Eager = taped.Eager with { RecordedOps = taped.Eager.RecordedOps.SetItem(id, op) } };
        return Result.Ok(taped, op);
    }

    /// <summary>
    /// A kernel's status as eager execution raises it (TF ≈2.13, ops run as wrapped functions):
    /// <c>{{function_node __wrapped__AddV2_device_/job:localhost/replica:0/task:0/device:CPU:0}} MSG [Op:AddV2] name: NAME</c>
    /// (the last part from ops.py <c>raise_from_not_ok_status</c>).
    /// </summary>
    public static TfError Status(TfError error, string type, string? name) => error is OpError e
        ? e with { Message = $"{{{{function_node __wrapped__{type}_device_{CpuDevice}}}}} {e.Message}{OpSuffix(type, name)}" }
        : error;

    public const string CpuDevice = "/job:localhost/replica:0/task:0/device:CPU:0";

    private static string OpSuffix(string type, string? name) => $" [Op:{type}] name: {name ?? ""}";

    /// <summary>
    /// The fast path's own type check (execute.cc): an EagerTensor whose dtype differs from the one
    /// an earlier input bound raises InvalidArgumentError before any kernel runs.
    /// </summary>
    private static TfError? DTypeMismatch(string type, string? name, IReadOnlyList<object> inputs)
    {
        var def = OpRegistry.Find(type);
        if (def is null || def.Inputs.Count != inputs.Count) return null;
        var bound = new Dictionary<string, DType>();
        var flat = 0;
        for (var i = 0; i < def.Inputs.Count; i++)
        {
            var arg = def.Inputs[i];
            IEnumerable<object> values = arg.IsList && inputs[i] is IReadOnlyList<object> list ? list : [inputs[i]];
            foreach (var value in values)
            {
                if (value is Tensor tensor)
                {
                    DType? expected = arg.Fixed ?? (arg.TypeAttr is { } ta && bound.TryGetValue(ta, out var b) ? b : null);
                    if (expected is { } want && want != tensor.DType)
                        return OpError.InvalidArgument(
                            $"cannot compute {type} as input #{flat}(zero-based) was expected to be a {CName(want)} tensor but is a {CName(tensor.DType)} tensor{OpSuffix(type, name)}");
                    if (arg.TypeAttr is { } attr) bound.TryAdd(attr, tensor.DType);
                }
                flat++;
            }
        }
        return null;
    }

    /// <summary>types.cc <c>DataTypeString</c>: the C++ names (float, double, half), not Python's.</summary>
    public static string CName(DType d) => d.Enum switch
    {
        DTypeEnum.Float => "float",
        DTypeEnum.Double => "double",
        DTypeEnum.Half => "half",
        _ => d.Name,
    };

    private static IEnumerable<object> Flatten(object v) => v is IReadOnlyList<object> list ? list.SelectMany(Flatten) : [v];
}
