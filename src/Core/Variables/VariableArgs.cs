using LanguageExt;
using ScopeFn.Core.Types;

namespace ScopeFn.Core.Variables;

/// <summary>
/// The constructor arguments of <c>tf.compat.v1.Variable</c> (VariableV1) in graph mode.
/// <see cref="InitialValue"/> is a Python value, a Tensor, or an <see cref="InitialValueFn"/>.
/// </summary>
public sealed record VariableArgs(object? InitialValue)
{
    public bool? Trainable { get; init; }
    public Seq<string>? Collections { get; init; }
    public bool ValidateShape { get; init; } = true;
    public string? CachingDevice { get; init; }
    public string? Name { get; init; }
    public DType? DType { get; init; }
    public Constraint? Constraint { get; init; }
    public bool? UseResource { get; init; }
    public VariableSynchronization Synchronization { get; init; } = VariableSynchronization.Auto;
    public VariableAggregation Aggregation { get; init; } = VariableAggregation.None;
    public TensorShape? Shape { get; init; }

    /// <summary>The caller's Python stack (outermost first), stored on the variable as its op's traceback.</summary>
    public ScopeFn.Core.Collections.EquatableArray<SourceFrame> Traceback { get; init; }
}
