using System.Collections.Immutable;
using LanguageExt;
using ScopeFn.Core.Eager;
using ScopeFn.Core.Errors;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Types;
using ScopeFn.Core.Variables;
using ScopeFn.Interpreter.Arrays;
using ScopeFn.Interpreter.Evaluation;
using ScopeFn.Interpreter.Kernels;
using ScopeFn.Interpreter.Random;
using ScopeFn.Interpreter.Session;

namespace ScopeFn.Interpreter.Eager;

/// <summary>
/// The interpreter as the core's eager runtime: ops run through the same kernel table sessions
/// use, over a persistent state — the eager resource manager (variable values, as a session
/// state) and the context's random state (global seed RNG and the kernel cache). Each call
/// returns a new executor; old ones stay valid, like every other value in a world.
/// </summary>
public sealed record InterpreterEagerExecutor(SessionState Resources, EagerRandomContext Random, KernelTable Kernels) : IEagerExecutor
{
    public static InterpreterEagerExecutor Initial { get; } = new(SessionState.Empty, EagerRandomContext.Initial, KernelTable.Default);

    private static readonly Graph NoGraph = Graph.Create(EagerContext.Graph, false);

    private static readonly System.Collections.Generic.HashSet<string> RandomOps =
        ["RandomUniform", "RandomStandardNormal", "TruncatedNormal", "RandomUniformInt"];

    public EagerExecution Execute(EagerCall call)
    {
        if (call.OpType == "VarHandleOp") return VarHandle(call);
        if (RandomOps.Contains(call.OpType)) return EagerRandomKernels.Run(this, call);
        var kernels = call.Library is { } library ? FunctionCallKernels.With(Kernels, library) : Kernels;
        if (kernels.Find(call.OpType) is not { } kernel)
            return EagerExecution.Fail(OpError.Unimplemented($"ScopeFn has no kernel for op type '{call.OpType}'"), this);
        var op = Node(call);
        try
        {
            var result = kernel.Compute(new KernelContext(NoGraph, op, call.Inputs.Select(ToRuntime).ToList(), Resources));
            if (!result.IsOk) return EagerExecution.Fail(result.Error!, this);
            var next = this with { Resources = result.Value.State };
            return EagerExecution.Ok(result.Value.Outputs.Select(FromRuntime).ToList(), next);
        }
        catch (TfException e)
        {
            return EagerExecution.Fail(e.Error, this);
        }
    }

    public (long Seed, IEagerExecutor Next) InternalOperationSeed()
    {
        var (seed, random) = Random.InternalOperationSeed();
        return (seed, this with { Random = random });
    }

    public IEagerExecutor SetGlobalSeed(long? seed) => this with
    {
        Random = seed is { } s
            ? Random.SetSeed(s)
            : Random with { GlobalSeed = null, Rng = null, Kernels = ImmutableDictionary<EagerKernelKey, StatefulRandomOp>.Empty },
    };

    /// <summary>
    /// VarHandleOp: the anonymous shared name (every eager tf.Variable) creates a fresh resource,
    /// keyed by the call's uid; any other shared name addresses the resource manager by name.
    /// </summary>
    private EagerExecution VarHandle(EagerCall call)
    {
        var shared = call.Attrs.Find("shared_name").MatchUnsafe(v => v is AttrValue.StringValue s ? s.Value : "", () => "");
        var container = call.Attrs.Find("container").MatchUnsafe(v => v is AttrValue.StringValue { Value.Length: > 0 } s ? s.Value : VariableKey.DefaultContainer, () => VariableKey.DefaultContainer);
        var name = shared == EagerVariables.AnonymousName ? $"{shared}_{call.Id}" : shared;
        var dtype = call.Attrs.Find("dtype").MatchUnsafe(v => ((AttrValue.TypeValue)v).DType, () => DType.Float32);
        var handle = new RuntimeValue.ResourceHandle(new VariableKey(container, name), dtype);
        return EagerExecution.Ok([new EagerValue(DType.Resource, TensorShape.Scalar, handle)], this);
    }

    public object? HostValue(EagerValue value) => value.Data is NdArray a ? a.ToNested() : null;

    internal static Operation Node(EagerCall call) =>
        new(EagerContext.Graph, call.Id, call.OpType, call.OpType, ImmutableArray<Tensor>.Empty, ImmutableArray<int>.Empty,
            ImmutableArray<TensorSpec>.Empty, call.Attrs, "");

    private static RuntimeValue ToRuntime(EagerValue v) => v.Data switch
    {
        NdArray a => a,
        RuntimeValue r => r,
        _ => throw OpError.Internal($"an eager value of type {v.Data.GetType().Name} is not an interpreter value").ToException(),
    };

    private static EagerValue FromRuntime(RuntimeValue v) => v switch
    {
        RuntimeValue.Dense d => Value(d.Array),
        RuntimeValue.ResourceHandle h => new EagerValue(DType.Resource, TensorShape.Scalar, h),
        _ => throw OpError.Internal("eager execution cannot hold a reference-typed value").ToException(),
    };

    public static EagerValue Value(NdArray array) => new(array.DType, array.TensorShape, array);
}
