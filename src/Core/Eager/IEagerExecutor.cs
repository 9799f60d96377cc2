using LanguageExt;
using LanguageExt.ClassInstances;
using ScopeFn.Core.Errors;
using ScopeFn.Core.Graphs;
using ScopeFn.Core.Types;

namespace ScopeFn.Core.Eager;

/// <summary>
/// The runtime behind eager execution (TF's <c>TFE_Execute</c> and the context's kernel cache), as a
/// persistent value: executing an op returns its outputs and the executor's next state (variable
/// values, random kernels). The core never names an implementation; the interpreter supplies one
/// where the world is created, so Core stays free of kernels.
/// </summary>
public interface IEagerExecutor
{
    /// <summary>Runs one op on values; a kernel failure is the kernel's status (e.g. <c>Incompatible shapes: [2] vs. [3]</c>).</summary>
    EagerExecution Execute(EagerCall call);

    /// <summary><c>context.internal_operation_seed()</c>: the next draw of the Python RNG seeded by the global seed.</summary>
    (long Seed, IEagerExecutor Next) InternalOperationSeed();

    /// <summary><c>context.set_global_seed(seed)</c>: reseeds that RNG and clears the kernel cache.</summary>
    IEagerExecutor SetGlobalSeed(long? seed);

    /// <summary><c>EagerTensor.numpy().tolist()</c>: a value as nested host lists (a scalar bare), or null for a resource.</summary>
    object? HostValue(EagerValue value) => null;
}

/// <summary>One eager op call: type, attrs and input values. <paramref name="Id"/> is the call's <c>ops.uid()</c>.</summary>
public sealed record EagerCall(int Id, string OpType, Map<OrdString, string, AttrValue> Attrs, IReadOnlyList<EagerValue> Inputs)
{
    /// <summary>
    /// The world whose function library a call op (<c>PartitionedCall</c>) runs from: TF's eager
    /// context owns the function definitions, here the world does.
    /// </summary>
    public Worlds.World? Library { get; init; }
}

/// <summary>What an executor returns: outputs or the kernel's error, and its next state either way.</summary>
public sealed record EagerExecution(IReadOnlyList<EagerValue>? Outputs, TfError? Error, IEagerExecutor Next)
{
    public static EagerExecution Ok(IReadOnlyList<EagerValue> outputs, IEagerExecutor next) => new(outputs, null, next);
    public static EagerExecution Fail(TfError error, IEagerExecutor next) => new(null, error, next);
}

/// <summary>
/// An EagerTensor's value: dtype, concrete shape and the executor's immutable payload (an n-d array,
/// a resource handle). The core only passes payloads along.
/// </summary>
public sealed record EagerValue(DType DType, TensorShape Shape, object Data);
